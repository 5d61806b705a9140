import { InvalidArgumentError } from '../errors/index.js';
import { fromBase64url, fromUtf8 } from '../internal/encoding.js';
import { isObject, type JsonObject } from '../internal/json.js';
import { findDuplicateKey, parseJsonText } from '../internal/json-syntax.js';
import { DEFAULT_LIMITS, type Limits, limitName, utf8Length } from '../limits/limits.js';
import type { InputFormat } from '../model/kind.js';
import type { Code } from '../report/codes.js';
import { credentialOfVcClaim } from './jwt-claims.js';
import { detectUnsupportedFormat, type UnsupportedFormatMatch } from './unsupported.js';

export type { InputFormat } from '../model/kind.js';

/** What lerkit accepts where a credential is expected. */
export type CredentialInput = object | string | Uint8Array | ArrayBuffer;

/** Codes of inputs that cannot be read as a credential (rows of the code table). */
export type ParseIssueCode = Extract<
  Code,
  | 'PARSE_INVALID_JSON'
  | 'PARSE_NOT_AN_OBJECT'
  | 'PARSE_INVALID_UTF8'
  | 'PARSE_INVALID_JWT'
  | 'PARSE_UNRECOGNIZED'
  | 'PARSE_FORMAT_UNSUPPORTED'
  | 'PARSE_DUPLICATE_KEY'
  | 'LIMITS_JSON_DEPTH'
  | 'LIMITS_INPUT_SIZE'
  | 'LIMITS_JWT_SIZE'
>;

/** Options of {@link parseInput}. */
export interface ParseOptions {
  /** Size and depth limits (default {@link DEFAULT_LIMITS}). */
  limits?: Readonly<Limits>;
}

/** Result of {@link parseInput}. */
export type ParsedInput =
  | {
      /** The input was read. */
      ok: true;
      /** How it was encoded. */
      format: InputFormat;
      /** The credential as a JSON object (for a VC-JWT, the credential its payload carries). */
      document: JsonObject;
      /** The compact JWS, for VC-JWT input. */
      jwt?: string;
    }
  | {
      /** The input could not be read. */
      ok: false;
      /** Why, as a stable code. */
      code: ParseIssueCode;
      /** Why, in plain words. */
      message: string;
      /** JSON Pointer of the place, when the input is JSON and the problem has one. */
      path?: string;
      /** For `PARSE_FORMAT_UNSUPPORTED`: the format recognised (SD-JWT VC, ISO mdoc). */
      unsupported?: UnsupportedFormatMatch;
    };

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Reads a credential from an object, JSON text, compact VC-JWT, or UTF-8 bytes of either. Bad
 * input is returned as `{ ok: false, code, message }`, never thrown.
 *
 * @param input - The credential in one of the accepted forms.
 * @returns The parsed document, or why it could not be read.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` if `input` is not an object, string
 *   or bytes at all (API misuse).
 * @example
 * ```ts
 * const parsed = parseInput('{"type":["VerifiableCredential"]}');
 * if (parsed.ok) console.log(parsed.document.type);
 * ```
 */
export function parseInput(input: CredentialInput, options: ParseOptions = {}): ParsedInput {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const tooLarge = sizeProblem(input, limits);
  if (tooLarge) return tooLarge;
  const parsed = parseUnchecked(input);
  if (!parsed.ok) return parsed;
  if (parsed.jwt !== undefined && parsed.jwt.length > limits.jwtBytes) {
    return {
      ok: false,
      code: 'LIMITS_JWT_SIZE',
      message: `The compact JWT is ${parsed.jwt.length.toLocaleString('en-US')} bytes, over ${limitName('jwtBytes', limits)}`,
    };
  }
  // The default (64) is far deeper than any real credential (a CLR's credential's achievement's
  // alignment is ~12).
  if (tooDeep(parsed.document, limits.jsonDepth)) {
    return {
      ok: false,
      code: 'LIMITS_JSON_DEPTH',
      message: `The credential nests objects or arrays deeper than ${limitName('jsonDepth', limits)}; no credential needs that`,
    };
  }
  return parsed;
}

// Text and bytes over the input limit are refused before they are decoded or parsed.
function sizeProblem(input: CredentialInput, limits: Readonly<Limits>): ParsedInput | undefined {
  const size =
    input instanceof Uint8Array || input instanceof ArrayBuffer
      ? input.byteLength
      : typeof input === 'string'
        ? utf8Length(input, limits.inputBytes)
        : 0;
  if (size <= limits.inputBytes) return undefined;
  return {
    ok: false,
    code: 'LIMITS_INPUT_SIZE',
    message: `The input is over ${limitName('inputBytes', limits)} bytes; it was not read`,
  };
}

// Iterative, so a hostile document cannot exhaust the stack here.
function tooDeep(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  let visited = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > limit) return true;
    if (++visited > 2_000_000) return true;
    if (Array.isArray(node)) for (const item of node) stack.push([item, depth + 1]);
    else if (node !== null && typeof node === 'object') {
      for (const value of Object.values(node)) stack.push([value, depth + 1]);
    }
  }
  return false;
}

function parseUnchecked(input: CredentialInput): ParsedInput {
  if (input instanceof ArrayBuffer) return parseUnchecked(new Uint8Array(input));
  if (input instanceof Uint8Array) {
    const mdoc = detectUnsupportedFormat(input);
    if (mdoc) return unsupported(mdoc);
    let text: string;
    try {
      text = fromUtf8(input);
    } catch {
      return {
        ok: false,
        code: 'PARSE_INVALID_UTF8',
        message: 'The input bytes are not UTF-8 text',
      };
    }
    return parseText(text.replace(/^\uFEFF/, ''));
  }
  if (typeof input === 'string') return parseText(input);
  if (isObject(input)) {
    const other = detectUnsupportedFormat(input);
    return other ? unsupported(other) : { ok: true, format: 'json', document: input };
  }
  if (Array.isArray(input)) {
    return {
      ok: false,
      code: 'PARSE_NOT_AN_OBJECT',
      message: 'A credential is a JSON object, not an array',
    };
  }
  throw new InvalidArgumentError(
    'Expected a credential object, JSON or VC-JWT string, or bytes',
    'input',
  );
}

function parseText(raw: string): ParsedInput {
  const text = raw.trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    // The position, not JSON.parse's message: that one quotes the start of the text.
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      return { ok: false, code: 'PARSE_INVALID_JSON', message: `The input is ${parsed.message}` };
    }
    const value = parsed.value;
    if (!isObject(value)) {
      return { ok: false, code: 'PARSE_NOT_AN_OBJECT', message: 'A credential is a JSON object' };
    }
    const other = detectUnsupportedFormat(value);
    if (other) return unsupported(other);
    return duplicateKeyProblem(text) ?? { ok: true, format: 'json', document: value };
  }
  // SD-JWT VCs (`…~…~`, or a JWT typed dc+sd-jwt) and base64url mdocs: say what they are.
  const other = detectUnsupportedFormat(text);
  if (other) return unsupported(other);
  if (JWT.test(text)) return parseJwt(text);
  return {
    ok: false,
    code: 'PARSE_UNRECOGNIZED',
    message: 'The input is neither JSON nor a compact VC-JWT',
  };
}

function unsupported(match: UnsupportedFormatMatch): ParsedInput {
  return {
    ok: false,
    code: 'PARSE_FORMAT_UNSUPPORTED',
    message: match.message,
    unsupported: match,
  };
}

/** The registered JWT claims that carry credential properties; not part of the credential. */
export const JWT_CLAIMS = ['iss', 'sub', 'jti', 'nbf', 'exp', 'iat', 'aud'] as const;

/** A VC 2.0 JWT payload without its registered claims: the credential itself. */
export function withoutJwtClaims(payload: JsonObject): JsonObject {
  const document = { ...payload };
  for (const claim of JWT_CLAIMS) delete document[claim];
  return document;
}

// Decodes (does not verify) a VC-JWT. OB 3.0 §JSON Web Token Proof Format: the payload is the
// credential itself, or (VC Data Model 1.1 style) carries it in the `vc` claim.
function parseJwt(jwt: string): ParsedInput {
  const [, payloadPart = ''] = jwt.split('.');
  let payload: unknown;
  let text: string;
  try {
    text = fromUtf8(fromBase64url(payloadPart));
    payload = JSON.parse(text);
  } catch {
    return {
      ok: false,
      code: 'PARSE_INVALID_JWT',
      message: 'The VC-JWT payload is not base64url-encoded JSON',
    };
  }
  if (!isObject(payload)) {
    return {
      ok: false,
      code: 'PARSE_INVALID_JWT',
      message: 'The VC-JWT payload is not a JSON object',
    };
  }
  const duplicate = duplicateKeyProblem(text, 'The VC-JWT payload');
  if (duplicate) return duplicate;
  if (isObject(payload.vc)) {
    return { ok: true, format: 'vc-jwt', document: credentialOfVcClaim(payload), jwt };
  }
  // VC 2.0: the payload is the credential plus the registered claims, which are not part of it.
  return { ok: true, format: 'vc-jwt', document: withoutJwtClaims(payload), jwt };
}

// A key repeated in one object: JSON.parse keeps the last value, other verifiers read the first,
// so the credential means different things to different readers (and the signature may cover
// either). Refused wherever the input is text: a file, a JWT payload, a baked image.
function duplicateKeyProblem(text: string, what = 'The input'): ParsedInput | undefined {
  const duplicate = findDuplicateKey(text);
  if (!duplicate) return undefined;
  return {
    ok: false,
    code: 'PARSE_DUPLICATE_KEY',
    message: `${what} has the key ${JSON.stringify(duplicate.key)} twice in one object (at ${duplicate.pointer || '/'}): JSON parsers disagree on which value counts`,
    path: duplicate.pointer,
  };
}

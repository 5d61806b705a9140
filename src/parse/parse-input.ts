import { InvalidArgumentError } from '../errors/index.js';
import { fromBase64url, fromUtf8 } from '../internal/encoding.js';
import { isObject, type JsonObject } from '../internal/json.js';
import { parseJsonText } from '../internal/json-syntax.js';

/** How a credential was encoded. */
export type InputFormat = 'json' | 'vc-jwt';

/** What lerkit accepts where a credential is expected. */
export type CredentialInput = object | string | Uint8Array | ArrayBuffer;

/** Codes of inputs that cannot be read as a credential. */
export type ParseIssueCode =
  | 'PARSE_INVALID_JSON'
  | 'PARSE_NOT_AN_OBJECT'
  | 'PARSE_INVALID_UTF8'
  | 'PARSE_INVALID_JWT'
  | 'PARSE_UNRECOGNIZED'
  | 'PARSE_TOO_DEEP';

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
export function parseInput(input: CredentialInput): ParsedInput {
  const parsed = parseUnchecked(input);
  if (parsed.ok && tooDeep(parsed.document, MAX_DEPTH)) {
    return {
      ok: false,
      code: 'PARSE_TOO_DEEP',
      message: `The credential nests objects or arrays more than ${MAX_DEPTH} levels deep; no credential needs that`,
    };
  }
  return parsed;
}

/** Deeper than any real credential (a CLR's credential's achievement's alignment is ~12). */
const MAX_DEPTH = 64;

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
  if (isObject(input)) return { ok: true, format: 'json', document: input };
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
    return { ok: true, format: 'json', document: value };
  }
  if (JWT.test(text)) return parseJwt(text);
  return {
    ok: false,
    code: 'PARSE_UNRECOGNIZED',
    message: 'The input is neither JSON nor a compact VC-JWT',
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
  try {
    payload = JSON.parse(fromUtf8(fromBase64url(payloadPart)));
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
  if (isObject(payload.vc)) return { ok: true, format: 'vc-jwt', document: payload.vc, jwt };
  // VC 2.0: the payload is the credential plus the registered claims, which are not part of it.
  return { ok: true, format: 'vc-jwt', document: withoutJwtClaims(payload), jwt };
}

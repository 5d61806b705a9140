// The `parse` step of verification: a credential object, JSON text, a compact VC-JWT, bytes, or
// a baked PNG/SVG (verify the credential it carries), or an OB 2.0 hosted assertion's URL; an
// embedded "credential" that is not one is a finding, never an exception.
import { detectImageFormat, extract } from '../bake/bake.js';
import { isLerkitError } from '../errors/index.js';
import { isObject } from '../internal/json.js';
import { type Limits, limitName, utf8Length } from '../limits/limits.js';
import { type CredentialInput, type ParsedInput, parseInput } from '../parse/parse-input.js';
import type { SeverityOverrides } from '../report/assemble.js';
import type { Code } from '../report/codes.js';
import { finding } from '../report/finding.js';
import type { ChecksRun } from '../validate/run-checks.js';
import { failedRun, parseRun } from '../validate/target.js';

/** The input read, with its parse result. */
export type ReadInput =
  | { ok: true; parsed: Extract<ParsedInput, { ok: true }>; start: ChecksRun; note: string }
  /** An OB 2.0 hosted assertion's URL, given or baked in an image: the OB 2.0 pipeline loads it. */
  | { ok: true; url: string; note: string }
  | { ok: false; start: ChecksRun };

const HOSTED_URL = /^https?:\/\/\S+$/i;

/** Reads the input of a verification (at `depth` 0 baked images too). */
export async function readInput(
  input: unknown,
  depth: number,
  overrides: SeverityOverrides | undefined,
  limits: Readonly<Limits>,
): Promise<ReadInput> {
  const isBytes = input instanceof Uint8Array || input instanceof ArrayBuffer;
  if (depth > 0 && typeof input !== 'string' && !isBytes && !isObject(input)) {
    const found = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    const message = `Expected a credential object or VC-JWT, found ${found}`;
    return {
      ok: false,
      start: failedRun([finding('PARSE_NOT_AN_OBJECT', '', message)], overrides),
    };
  }
  if (
    typeof input === 'string' &&
    input.length <= limits.urlLength &&
    HOSTED_URL.test(input.trim())
  ) {
    return { ok: true, url: input.trim(), note: '' };
  }
  let note = '';
  if (
    depth === 0 &&
    (typeof input === 'string' || isBytes) &&
    detectImageFormat(input as string | Uint8Array) !== undefined
  ) {
    const image = await readImage(input as string | Uint8Array | ArrayBuffer, overrides, limits);
    if (!image.ok) return image;
    note = image.note;
    input = image.credential;
    if (image.hosted) return { ok: true, url: image.credential as string, note };
  }
  const parsed = parseInput(input as CredentialInput, { limits });
  const start = parseRun(parsed, overrides, note);
  return parsed.ok ? { ok: true, parsed, start, note } : { ok: false, start };
}

type ReadImage =
  | { ok: true; credential: unknown; note: string; hosted: boolean }
  | { ok: false; start: ChecksRun };

async function readImage(
  input: string | Uint8Array | ArrayBuffer,
  overrides: SeverityOverrides | undefined,
  limits: Readonly<Limits>,
): Promise<ReadImage> {
  const size = typeof input === 'string' ? utf8Length(input, limits.imageBytes) : input.byteLength;
  if (size > limits.imageBytes) {
    const message = `The image is over ${limitName('imageBytes', limits)} bytes; it was not read`;
    return { ok: false, start: failedRun([finding('LIMITS_IMAGE_SIZE', '', message)], overrides) };
  }
  try {
    const extracted = await extract(input, { maxChunks: limits.imageChunks });
    const note = ` from a baked ${extracted.format.toUpperCase()} (${extracted.source})`;
    // OB 2.0 Baking: a hosted assertion's URL (legacy PNG tEXt, SVG `verify`), loaded by the OB 2.0
    // pipeline through the session's loader.
    const hosted = typeof extracted.credential === 'string' && extracted.kind === 'unknown';
    return { ok: true, credential: extracted.credential, note, hosted };
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, start: failedRun([finding(imageCode(error), '', message)], overrides) };
  }
}

function imageCode(error: unknown): Code {
  if (isLerkitError(error, 'ERR_LERKIT_NO_BAKED_CREDENTIAL')) return 'PARSE_IMAGE_NO_CREDENTIAL';
  const problem = isLerkitError(error, 'ERR_LERKIT_INVALID_IMAGE') ? error.problem : undefined;
  if (problem === 'multiple-credentials') return 'PARSE_IMAGE_MULTIPLE_CREDENTIALS';
  if (problem === 'too-many-chunks') return 'LIMITS_IMAGE_CHUNKS';
  if (problem === 'duplicate-key') return 'PARSE_DUPLICATE_KEY';
  return 'PARSE_IMAGE_INVALID';
}

// The `parse` step of verification: a credential object, JSON text, a compact VC-JWT, bytes, or
// a baked PNG/SVG (verify the credential it carries); an embedded "credential" that is not one is
// a finding, never an exception.
import { detectImageFormat, extract } from '../bake/bake.js';
import { isLerkitError } from '../errors/index.js';
import { isObject } from '../internal/json.js';
import { type Limits, limitName, utf8Length } from '../limits/limits.js';
import { type CredentialInput, type ParsedInput, parseInput } from '../parse/parse-input.js';
import type { SeverityOverrides } from '../report/assemble.js';
import { finding } from '../report/finding.js';
import type { ChecksRun } from '../validate/run-checks.js';
import { failedRun, parseRun } from '../validate/target.js';

/** The input read, with its parse result. */
export type ReadInput =
  | { ok: true; parsed: Extract<ParsedInput, { ok: true }>; start: ChecksRun }
  | { ok: false; start: ChecksRun };

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
    return {
      ok: false,
      start: failedRun(
        [
          finding(
            'PARSE_NOT_AN_OBJECT',
            '',
            `Expected a credential object or VC-JWT, found ${found}`,
          ),
        ],
        overrides,
      ),
    };
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
  }
  const parsed = parseInput(input as CredentialInput, { limits });
  const start = parseRun(parsed, overrides, note);
  return parsed.ok ? { ok: true, parsed, start } : { ok: false, start };
}

async function readImage(
  input: string | Uint8Array | ArrayBuffer,
  overrides: SeverityOverrides | undefined,
  limits: Readonly<Limits>,
): Promise<{ ok: true; credential: unknown; note: string } | { ok: false; start: ChecksRun }> {
  const size = typeof input === 'string' ? utf8Length(input, limits.imageBytes) : input.byteLength;
  if (size > limits.imageBytes) {
    const message = `The image is over ${limitName('imageBytes', limits)} bytes; it was not read`;
    return { ok: false, start: failedRun([finding('LIMITS_IMAGE_SIZE', '', message)], overrides) };
  }
  try {
    const extracted = await extract(input, { maxChunks: limits.imageChunks });
    if (typeof extracted.credential === 'string' && extracted.kind === 'unknown') {
      const message = `The ${extracted.format.toUpperCase()} carries an OB 2.0 hosted assertion URL (${extracted.credential}); OB 2.0 hosted verification is not supported`;
      return {
        ok: false,
        start: failedRun([finding('PARSE_HOSTED_ASSERTION', '', message)], overrides),
      };
    }
    const note = ` from a baked ${extracted.format.toUpperCase()} (${extracted.source})`;
    return { ok: true, credential: extracted.credential, note };
  } catch (error) {
    const problem = isLerkitError(error, 'ERR_LERKIT_INVALID_IMAGE') ? error.problem : undefined;
    const code = isLerkitError(error, 'ERR_LERKIT_NO_BAKED_CREDENTIAL')
      ? 'PARSE_IMAGE_NO_CREDENTIAL'
      : problem === 'multiple-credentials'
        ? 'PARSE_IMAGE_MULTIPLE_CREDENTIALS'
        : problem === 'too-many-chunks'
          ? 'LIMITS_IMAGE_CHUNKS'
          : 'PARSE_IMAGE_INVALID';
    return {
      ok: false,
      start: failedRun([finding(code, '', (error as Error).message)], overrides),
    };
  }
}

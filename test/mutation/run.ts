// One case of the mutation suite: rewrite a signed document, ask the oracle whether it is the
// same signed data, ask lerkit's own proof verification whether the signature still holds, and
// for every rewrite that keeps the proof valid, compare verify() and validate() with the original.
import { createDocumentLoader } from '../../src/context/index.js';
import { verifyJwtProof, verifyProofs } from '../../src/proof/index.js';
import type { ValidationReport, VerificationReport } from '../../src/report/index.js';
import { validate } from '../../src/validate/index.js';
import { createVerifier, type Verifier } from '../../src/verify/index.js';
import { describeDifference, isCaught, judge, signature, type Verdict } from './compare.js';
import { RDFC_SUITES, type Variant } from './documents.js';
import { isObject, type JsonObject, walk } from './json.js';
import { canonicalJson, canonicalNQuads, oracleLoader } from './oracle.js';
import type { RewriteEnv } from './rewrite-kinds.js';
import {
  type Applied,
  applySteps,
  isCanonical,
  isMutated,
  keepsPaths,
  onlyLayout,
  type Rewritten,
  type Step,
} from './rewrites.js';
import { keyOf, learnTerms } from './terms.js';

/** A variant ready to be rewritten: its term table, canonical forms and original reports. */
export interface Subject {
  variant: Variant;
  env: RewriteEnv;
  verifier: Verifier;
  nquads: string;
  jcs: string;
  original: VerificationReport;
  originalValidation: ValidationReport;
}

/** What happened to one case. */
export interface CaseResult {
  subject: Subject;
  applied: Applied[];
  /** Skipped: no step applied, or the rewrite left the input unchanged. */
  skipped?: 'inapplicable' | 'identity';
  equivalent: boolean;
  proofValid: boolean;
  /** For proof-valid rewrites: how verify() fared. */
  verdict?: Verdict;
  /** ESCAPED with `verified` turned from false to true. */
  forged?: boolean;
  /** For proof-valid rewrites: whether validate() did what it must. */
  validateOk?: boolean;
  /** The proof held on data the oracle says differs (or failed on identical JCS data). */
  unsound?: string;
  /** What went wrong, for failure messages. */
  detail?: string;
}

/** Prepares a variant: learns its terms and verifies and validates the original once. */
export async function prepare(
  variant: Variant,
  shapes: { wrappable: ReadonlySet<string>; unwrappable: ReadonlySet<string> },
): Promise<Subject> {
  const verifier = createVerifier(variant.options);
  const nquads = await canonicalNQuads(variant.payload);
  if (nquads === undefined) throw new Error(`${variant.suite} ${variant.name}: no canonical form`);
  return {
    variant,
    env: {
      table: await learnTerms(variant.payload, oracleLoader()),
      ...shapes,
      focus: new Set(variant.focus),
    },
    verifier,
    nquads,
    jcs: canonicalJson(variant.payload),
    original: await verifier.verify(variant.signed),
    originalValidation: await validate(variant.signed),
  };
}

const jwtInput = (jwt: string, rewritten: Rewritten): string => {
  const [header, , signature] = jwt.split('.') as [string, string, string];
  const text = rewritten.text ?? JSON.stringify(rewritten.document);
  return `${header}.${Buffer.from(text, 'utf8').toString('base64url')}.${signature}`;
};

/** Whether lerkit's own proof verification accepts the input. */
async function proofHolds(variant: Variant, input: JsonObject | string): Promise<boolean> {
  const documentLoader = proofLoader;
  if (typeof variant.signed === 'string') {
    return (await verifyJwtProof(input as string, { documentLoader })).verified;
  }
  const document = typeof input === 'string' ? (JSON.parse(input) as JsonObject) : input;
  const results = await verifyProofs(structuredClone(document), { documentLoader });
  return results.length > 0 && results.every((r) => r.verified);
}
const proofLoader = createDocumentLoader();

/** Runs one case. */
export async function runCase(subject: Subject, steps: readonly Step[]): Promise<CaseResult> {
  const { variant } = subject;
  const rewritten = applySteps(variant.payload, steps, subject.env);
  const base = { subject, applied: rewritten.applied, equivalent: false, proofValid: false };
  if (rewritten.applied.length === 0) return { ...base, skipped: 'inapplicable' };
  const input =
    typeof variant.signed === 'string'
      ? jwtInput(variant.signed, rewritten)
      : (rewritten.text ?? rewritten.document);
  const unchanged =
    typeof input === 'string'
      ? input === variant.signed
      : JSON.stringify(input) === JSON.stringify(variant.payload);
  if (unchanged) return { ...base, skipped: 'identity' };

  // Key order and whitespace mean nothing to JSON-LD: no need to ask the oracle.
  const equivalent =
    onlyLayout(rewritten.applied) || (await canonicalNQuads(rewritten.document)) === subject.nquads;
  const proofValid = await proofHolds(variant, input);
  const result: CaseResult = { ...base, equivalent, proofValid };
  const unsound = soundness(subject, rewritten, equivalent, proofValid);
  if (unsound) result.unsound = unsound;
  if (!proofValid) return result;

  const paths = keepsPaths(rewritten.applied);
  const report = await subject.verifier.verify(input);
  result.verdict = judge(subject.original, report, paths);
  if (!subject.original.verified && report.verified) result.forged = true;
  const validation = await validate(input);
  result.validateOk = isCanonical(rewritten.applied)
    ? isCaught(validation) ||
      signature(validation, paths) === signature(subject.originalValidation, paths)
    : validation.findings.some((f) => f.check === 'jsonld' && f.severity === 'error');
  if (result.verdict === 'differs' || result.verdict === 'ESCAPED' || !result.validateOk) {
    result.detail = [
      `verify: ${result.verdict} (${describeDifference(subject.original, report)})`,
      `validate: ${result.validateOk ? 'ok' : `no jsonld error (${describeDifference(subject.originalValidation, validation)})`}`,
    ].join('; ');
  }
  return result;
}

function soundness(
  subject: Subject,
  rewritten: Rewritten,
  equivalent: boolean,
  proofValid: boolean,
): string | undefined {
  const suite = subject.variant.suite;
  if (suite === 'vc-jwt')
    return proofValid ? 'a VC-JWT with a changed payload verified' : undefined;
  if (suite === 'eddsa-jcs-2022') {
    const identical = canonicalJson(rewritten.document) === subject.jcs;
    if (proofValid && !identical) return 'a JCS proof held on changed JSON';
    if (!proofValid && identical) return 'a JCS proof failed on the same canonical JSON';
    return undefined;
  }
  if (RDFC_SUITES.includes(suite) && proofValid && !equivalent) {
    return isMutated(rewritten.applied)
      ? 'the proof held after a value changed'
      : 'the proof held on data the oracle says differs';
  }
  return undefined;
}

/**
 * The keys whose values the official schema accepts both as a single value and as a one-item
 * array (every occurrence wrapped at once, then unwrapped), learnt from a signed document.
 */
export async function learnShapes(
  document: JsonObject,
): Promise<{ wrappable: Set<string>; unwrappable: Set<string> }> {
  // The schema check leaves the validity dates to the dates check (one finding per mistake).
  const ownErrors = async (doc: JsonObject) =>
    (await validate(doc, { only: ['schema', 'dates'] })).findings.filter(
      (f) => f.severity === 'error',
    ).length;
  // Embedded credentials (a CLR's, endorsements) are validated as their own documents.
  const schemaErrors = async (doc: JsonObject) => {
    let count = await ownErrors(doc);
    for (const { path, value } of walk(doc)) {
      const key = keyOf(path);
      if (path.length > 0 && isObject(value) && value['@context'] !== undefined && key !== 'proof')
        count += await ownErrors(value);
    }
    return count;
  };
  const baseline = await schemaErrors(document);
  const keys = new Map<string, { single: boolean; list: boolean }>();
  for (const { path, value } of walk(document)) {
    const key = path.at(-1);
    if (typeof key !== 'string' || key.startsWith('@') || key === 'id') continue;
    const seen = keys.get(key) ?? { single: false, list: false };
    if (Array.isArray(value)) seen.list ||= value.length === 1;
    else seen.single = true;
    keys.set(key, seen);
  }
  const wrappable = new Set<string>();
  const unwrappable = new Set<string>();
  for (const [key, seen] of keys) {
    if (seen.single && (await schemaErrors(reshape(document, key, 'wrap'))) <= baseline) {
      wrappable.add(key);
    }
    if (seen.list && (await schemaErrors(reshape(document, key, 'unwrap'))) <= baseline) {
      unwrappable.add(key);
    }
  }
  return { wrappable, unwrappable };
}

function reshape(document: JsonObject, key: string, how: 'wrap' | 'unwrap'): JsonObject {
  const copy = structuredClone(document);
  for (const { value } of walk(copy)) {
    if (!isObject(value) || !Object.hasOwn(value, key)) continue;
    const v = value[key];
    if (how === 'wrap' && !Array.isArray(v)) value[key] = [v as JsonObject];
    if (how === 'unwrap' && Array.isArray(v) && v.length === 1) value[key] = v[0] as JsonObject;
  }
  return copy;
}

// The OB 2.0 verification algorithm (OB 2.0 §Data Validation, §Verification), read top to bottom:
// conform (context, JSON-LD, types, the `ob2` rules over every Badge Object of the graph), the
// hosted or signed verification (`proof`), not revoked (`status`), not expired (`dates`), issued to
// whom you expect (`recipient`), and every endorsement (`endorsement`). Same checks, codes and
// report shape as OB 3.0; verify() routes OB 2.0 (and 1.x) input here.
import { decodeProtectedHeader } from 'jose';
import type { KnownIdentifier } from '../builders/identity.js';
import type { DocumentLoader } from '../context/types.js';
import { fromBase64url, fromUtf8 } from '../internal/encoding.js';
import { isObject, type JsonObject } from '../internal/json.js';
import { detectKind } from '../parse/detect.js';
import type { CheckOutput, SeverityOverrides } from '../report/assemble.js';
import { finding } from '../report/finding.js';
import type { SelectedChecks } from '../report/select.js';
import { checkOb2Dates } from '../validate/ob2/check-dates.js';
import { checkOb2Types } from '../validate/ob2/check-type.js';
import { classOfKind, type Ob2CheckEnv, readOb2Document } from '../validate/ob2/document.js';
import { checkOb1, isOb2Kind, OB2_CONFORMANCE_STEPS } from '../validate/ob2/validate-ob2.js';
import { type ChecksRun, runChecks, type Step } from '../validate/run-checks.js';
import { failedRun } from '../validate/target.js';
import type { Check, SchemaCache, Target } from '../validate/types.js';
import { checkOb2Endorsements } from './checks/endorsement.js';
import { checkOb2Proof } from './checks/proof.js';
import { checkOb2Recipient } from './checks/recipient.js';
import { checkOb2Status } from './checks/status.js';
import type { Ob2Embedded, Ob2NestedOutcome, Ob2VerifyEnv } from './env.js';
import { type Ob2Input, resolveGraph } from './graph.js';
import { loadBadgeObject } from './load.js';

/** The verification steps of an OB 2.0 assertion or endorsement, in order. */
export const OB2_VERIFICATION_STEPS: readonly Step<Ob2VerifyEnv>[] = [
  ...(OB2_CONFORMANCE_STEPS as readonly Step<Ob2VerifyEnv>[]),
  { check: 'proof', run: checkOb2Proof },
  { check: 'status', run: checkOb2Status },
  { check: 'dates', run: checkOb2Dates },
  { check: 'recipient', run: checkOb2Recipient },
  { check: 'endorsement', run: checkOb2Endorsements },
];

/** What an OB 2.0 verification needs from the verifier. */
export interface Ob2Session {
  readonly documentLoader: DocumentLoader;
  readonly now: Date;
  readonly skewMs: number;
  readonly knownIdentifier: string | KnownIdentifier | undefined;
  readonly select: SelectedChecks;
  readonly overrides: SeverityOverrides | undefined;
  readonly schemaCache: SchemaCache;
  /** 0 for the input; deeper for endorsements. */
  readonly depth: number;
  verifyEmbedded(entries: readonly Ob2Embedded[]): Promise<Ob2NestedOutcome>;
}

/** An OB 2.0 input: a hosted assertion's URL, a signed assertion's JWS, or a JSON document. */
export type Ob2Source =
  | { readonly form: 'url'; readonly url: string; readonly note?: string }
  | { readonly form: 'jws'; readonly jws: string; readonly note?: string }
  | { readonly form: 'json'; readonly document: JsonObject; readonly note?: string };

/** The run of an OB 2.0 verification, or the document a URL served when it is not OB 2.0. */
export type Ob2Outcome =
  | { readonly target: Target | undefined; readonly run: ChecksRun }
  | { readonly other: JsonObject; readonly note: string };

/** Whether a document is one the OB 2.0 pipeline verifies (OB 2.0 objects, OB 1.x assertions). */
export function isOb2Document(document: JsonObject): boolean {
  return isOb2Kind(detectKind(document));
}

/**
 * Verifies an OB 2.0 input through the OB 2.0 pipeline.
 *
 * @param source - The input: URL, JWS or JSON.
 * @param session - The verifier's loader, clock, recipient, selection and nesting.
 * @returns The checks run (with the target they read), or the non-OB 2.0 document a URL served.
 */
export async function verifyOb2(source: Ob2Source, session: Ob2Session): Promise<Ob2Outcome> {
  const read = await readSource(source, session);
  if ('run' in read || 'other' in read) return read;
  const { input, start } = read;
  const kind = detectKind(input.document);
  const target: Target = {
    document: input.document,
    format: input.form === 'jws' ? 'jws' : 'json',
    kind,
    vcVersion: undefined,
  };
  const options = { select: session.select, overrides: session.overrides, start };
  const cls = classOfKind(kind);
  if (!cls) {
    return {
      target,
      run: await runChecks([{ check: 'type', run: checkOb1 }], target, baseEnv(session), options),
    };
  }
  if (cls === 'BadgeClass' || cls === 'Profile') {
    const document = await readOb2Document(input.document, cls, session.documentLoader);
    const env = { ...baseEnv(session), documents: [document], linkProblems: [] };
    const steps = OB2_CONFORMANCE_STEPS.map((step) =>
      step.check === 'type' ? { check: 'type' as const, run: notVerifiable } : step,
    );
    return { target, run: await runChecks(steps, target, env, options) };
  }
  const graph = await resolveGraph(input, cls, session.documentLoader);
  // The checks read the assertion as verified (a hosted one: the copy its issuer hosts).
  const verified: Target = { ...target, document: graph.assertion.view.input };
  const env: Omit<Ob2VerifyEnv, 'prior'> = {
    ...baseEnv(session),
    documents: graph.documents,
    linkProblems: graph.linkProblems,
    graph,
    now: session.now,
    skewMs: session.skewMs,
    knownIdentifier: session.knownIdentifier,
    depth: session.depth,
    verifyEmbedded: (entries) => session.verifyEmbedded(entries),
  };
  return { target: verified, run: await runChecks(OB2_VERIFICATION_STEPS, verified, env, options) };
}

function baseEnv(session: Ob2Session) {
  return {
    documentLoader: session.documentLoader,
    schemaSet: 'json-ld-compaction' as const,
    schemaCache: session.schemaCache,
    now: session.now,
    skewMs: session.skewMs,
  };
}

// A BadgeClass or Profile has no verification method: its types and rules are checked, and the
// `type` check says why it is not verified.
const notVerifiable: Check<Ob2CheckEnv> = async (target, env) => {
  const output = await checkOb2Types(target, env);
  const name = target.kind === 'OB2BadgeClass' ? 'BadgeClass' : 'Profile';
  const note = finding(
    'TYPE_OB2',
    '/type',
    `This is an Open Badges 2.0 ${name}, which is not verified on its own: verify the Assertion that links it`,
  );
  return { ...(output as CheckOutput), findings: [...(output as CheckOutput).findings, note] };
};

type Read =
  | { input: Ob2Input; start: ChecksRun }
  | { target: undefined; run: ChecksRun }
  | { other: JsonObject; note: string };

async function readSource(source: Ob2Source, session: Ob2Session): Promise<Read> {
  const note = source.note ?? '';
  const start = (message: string): ChecksRun => ({
    checks: [{ check: 'parse', outcome: 'pass', message: message + note }],
    findings: [],
    halted: false,
  });
  if (source.form === 'json') {
    return { input: { form: 'json', document: source.document }, start: start('Read as JSON') };
  }
  if (source.form === 'jws') {
    const decoded = decodeJws(source.jws);
    if (!decoded)
      return failed(
        'PARSE_INVALID_JWT',
        'The JWS header or payload is not base64url-encoded JSON',
        session,
      );
    return {
      input: { form: 'jws', jws: source.jws, ...decoded },
      start: start('Read as a signed OB 2.0 assertion (JWS)'),
    };
  }
  const loaded = await loadBadgeObject(source.url, session.documentLoader);
  if (!loaded.ok && loaded.reason === 'gone') {
    return failed(
      'STATUS_REVOKED',
      `The hosted assertion ${source.url} answers 410 Gone: its issuer revoked it`,
      session,
    );
  }
  if (!loaded.ok && !loaded.document) {
    return failed(
      'PARSE_HOSTED_ASSERTION',
      `The hosted assertion ${source.url}${note} could not be loaded: ${loaded.message}`,
      session,
    );
  }
  const document = loaded.document as JsonObject;
  const message = `Loaded the hosted assertion from ${source.url}`;
  if (!isOb2Document(document)) return { other: document, note: ` (${message}${note})` };
  const hosted = loaded.ok
    ? { url: source.url, outcome: 'loaded' as const }
    : { url: source.url, outcome: loaded.reason, message: loaded.message };
  return { input: { form: 'url', document, hosted }, start: start(message) };
}

function failed(code: Parameters<typeof finding>[0], message: string, session: Ob2Session): Read {
  return { target: undefined, run: failedRun([finding(code, '', message)], session.overrides) };
}

function decodeJws(jws: string): { document: JsonObject; header: JsonObject } | undefined {
  try {
    const header = decodeProtectedHeader(jws) as JsonObject;
    const document = JSON.parse(
      fromUtf8(fromBase64url(jws.split('.')[1] ?? '')).replace(/^\uFEFF/, ''),
    );
    return isObject(document) ? { document, header } : undefined;
  } catch {
    return undefined;
  }
}

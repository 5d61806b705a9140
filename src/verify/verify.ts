// The OB 3.0 verification algorithm (§Verification and Validation) for OpenBadgeCredentials,
// EndorsementCredentials (§EndorsementCredential Verification) and ClrCredentials (CLR 2.0, with
// every credential the record carries). Every outcome is a check in the report; nothing throws
// for a bad or hostile credential, and nothing that could not be checked passes silently.

import { detectImageFormat, extract } from '../bake/bake.js';
import { type KnownIdentifier, matchesIdentity } from '../build/identity.js';
import { createDocumentLoader } from '../context/document-loader.js';
import type { DocumentLoader, RemoteDocument } from '../context/types.js';
import { InvalidArgumentError, isLerkitError } from '../errors/index.js';
import { asArray, idOf, isObject, type JsonObject } from '../internal/json.js';
import { DATE_TIME } from '../internal/patterns.js';
import type { CredentialKind } from '../model/kind.js';
import { detectKind } from '../parse/detect.js';
import { type CredentialInput, parseInput } from '../parse/parse-input.js';
import { verifyJwtProof } from '../proof/jwt.js';
import { createKeyResolver, type KeyResolver } from '../proof/key-resolver.js';
import { type ProofResult, verifyProofs } from '../proof/verify-proofs.js';
import { checkStatus, type LoadedList } from '../status/check-status.js';
import type { ValidationCheckId } from '../validate/types.js';
import { validate } from '../validate/validate.js';
import type {
  VerificationCheck,
  VerificationCheckId,
  VerificationReport,
  Verifier,
  VerifyOptions,
} from './types.js';

/** How deep credentials may nest (a CLR's credential's endorsement's …). */
const MAX_DEPTH = 4;
/** How many credentials one verification may visit in all. */
const MAX_CREDENTIALS = 2000;

const CHECK_IDS: readonly VerificationCheckId[] = [
  'parse',
  'context',
  'type',
  'schema',
  'subject',
  'proof',
  'refresh',
  'status',
  'expiration',
  'issuance',
  'recipient',
  'endorsement',
  'credentials',
  'associations',
];

/**
 * Verifies a credential as the Open Badges 3.0 specification says (§Verification and
 * Validation): it conforms to the spec (`context`, `type`, `schema` incl. `credentialSchema`,
 * `subject`), a proof verifies with a key its issuer controls (`proof`: any embedded suite or
 * VC-JWT), optionally a refresh (`refresh`), it is not revoked or suspended (`status`), within its
 * validity period (`expiration`, `issuance`), issued to whom you expect (`recipient`, with
 * `knownIdentifier`), and every endorsement verifies (`endorsement`). A ClrCredential's credentials
 * are each verified fully (`credentials`) and its associations must point at achievements in the
 * record (`associations`). Reports of embedded credentials are in `nested`.
 *
 * Never throws for a bad or hostile credential; performs no network I/O unless `fetch` is given.
 *
 * @param input - A credential object, JSON text, compact VC-JWT, or UTF-8 bytes.
 * @param options - Clock, documents (`resources`, `documentLoader`, `fetch`), `knownIdentifier`,
 *   `refresh`, checks to `skip`.
 * @returns `{ verified, status, kind, checks, nested? }`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` only for API misuse (bad options).
 * @example
 * ```ts
 * const report = await verify(signed, { resources: { [statusListUrl]: statusList } });
 * if (!report.verified) console.log(report.checks.filter((c) => c.outcome === 'fail'));
 * ```
 */
export async function verify(
  input: CredentialInput,
  options: VerifyOptions = {},
): Promise<VerificationReport> {
  return createVerifier(options).verify(input);
}

/**
 * Creates a verifier for many credentials: contexts, DID and controller documents, keys, status
 * lists and revocation lists are loaded once and shared across calls.
 *
 * @param options - As for {@link verify}; `now` may be a function, called per verification.
 * @returns A {@link Verifier}.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for bad options.
 * @example
 * ```ts
 * const verifier = createVerifier({ resources, fetch });
 * const reports = await Promise.all(badges.map((badge) => verifier.verify(badge)));
 * ```
 */
export function createVerifier(options: VerifyOptions = {}): Verifier {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  if (
    options.clockSkew !== undefined &&
    !(typeof options.clockSkew === 'number' && options.clockSkew >= 0)
  ) {
    throw new InvalidArgumentError('clockSkew must be a number of seconds ≥ 0', 'clockSkew');
  }
  if (options.skip !== undefined) {
    if (!Array.isArray(options.skip))
      throw new InvalidArgumentError('skip must be an array', 'skip');
    for (const id of options.skip) {
      if (!CHECK_IDS.includes(id) || id === 'parse') {
        throw new InvalidArgumentError(`Unknown check "${String(id)}" in skip`, 'skip');
      }
    }
  }
  if (options.knownIdentifier !== undefined && !isKnownIdentifier(options.knownIdentifier)) {
    throw new InvalidArgumentError(
      'knownIdentifier must be a string or { identityType, value }',
      'knownIdentifier',
    );
  }
  clock(options); // validate now early
  const documentLoader = cachingLoader(
    createDocumentLoader({
      ...(options.resources ? { resources: options.resources } : {}),
      ...(options.documentLoader ? { documentLoader: options.documentLoader } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.fetchTimeoutMs !== undefined ? { fetchTimeoutMs: options.fetchTimeoutMs } : {}),
      ...(options.fetchMaxBytes !== undefined ? { fetchMaxBytes: options.fetchMaxBytes } : {}),
    }),
  );
  const lists = new Map<string, Promise<LoadedList>>();
  // One key resolver per verifier: each key is resolved through the loader and imported once.
  const keyResolver = createKeyResolver({
    documentLoader,
    ...(options.acceptUnconfirmedKeys ? { acceptUnconfirmedKeys: true } : {}),
  });
  return {
    verify: async (input, call = {}) => {
      if (typeof call !== 'object' || call === null) {
        throw new InvalidArgumentError('options must be an object', 'options');
      }
      if (call.knownIdentifier !== undefined && !isKnownIdentifier(call.knownIdentifier)) {
        throw new InvalidArgumentError(
          'knownIdentifier must be a string or { identityType, value }',
          'knownIdentifier',
        );
      }
      const run: Run = {
        options,
        knownIdentifier: call.knownIdentifier ?? options.knownIdentifier,
        documentLoader,
        keyResolver,
        lists,
        now: clock(call.now !== undefined ? { now: call.now } : options),
        skewMs: (options.clockSkew ?? 0) * 1000,
        skip: new Set(options.skip ?? []),
        visited: 0,
      };
      try {
        return await verifyInput(input, run, 0, undefined);
      } catch (error) {
        if (isLerkitError(error, 'ERR_LERKIT_INVALID_ARGUMENT')) throw error; // API misuse
        // A safety net: every known failure is a check; an unknown one must not crash a batch.
        return report('unknown', undefined, undefined, [
          {
            id: 'parse',
            outcome: 'fail',
            code: 'VERIFY_UNEXPECTED_ERROR',
            message: `lerkit could not process this input: ${(error as Error)?.message ?? String(error)}`,
          },
        ]);
      }
    },
  };
}

interface Run {
  options: VerifyOptions;
  knownIdentifier: string | KnownIdentifier | undefined;
  documentLoader: DocumentLoader;
  keyResolver: KeyResolver;
  lists: Map<string, Promise<LoadedList>>;
  now: Date;
  skewMs: number;
  skip: Set<VerificationCheckId>;
  visited: number;
}

// Successful loads are kept for the verifier's lifetime; failures are retried.
function cachingLoader(loader: DocumentLoader): DocumentLoader {
  const cache = new Map<string, Promise<RemoteDocument>>();
  return (url) => {
    const hit = cache.get(url);
    if (hit) return hit;
    const loading = loader(url);
    cache.set(url, loading);
    loading.catch(() => cache.delete(url));
    return loading;
  };
}

function clock(options: VerifyOptions): Date {
  const { now } = options;
  if (now === undefined) return new Date();
  const value = typeof now === 'function' ? now() : now;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new InvalidArgumentError('now must be a valid Date or a function returning one', 'now');
  }
  return value;
}

function isKnownIdentifier(value: unknown): value is string | KnownIdentifier {
  return (
    (typeof value === 'string' && value !== '') ||
    (isObject(value) && typeof value.identityType === 'string' && typeof value.value === 'string')
  );
}

// ---------------------------------------------------------------------------------------------

async function verifyInput(
  input: CredentialInput,
  run: Run,
  depth: number,
  path: string | undefined,
): Promise<VerificationReport> {
  run.visited++;
  if (
    depth > 0 &&
    !(typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer) &&
    !isObject(input)
  ) {
    // An embedded "credential" that is a number, null, an array: a finding, not API misuse.
    return report('unknown', path, undefined, [
      {
        id: 'parse',
        outcome: 'fail',
        code: 'PARSE_NOT_AN_OBJECT',
        message: `Expected a credential object or VC-JWT, found ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`,
      },
    ]);
  }
  let source = '';
  // A baked badge image (PNG, SVG): verify the credential it carries.
  if (
    depth === 0 &&
    (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer) &&
    detectImageFormat(input) !== undefined
  ) {
    try {
      const extracted = await extract(input);
      if (typeof extracted.credential === 'string' && extracted.kind === 'unknown') {
        return report('unknown', path, undefined, [
          {
            id: 'parse',
            outcome: 'fail',
            code: 'PARSE_HOSTED_ASSERTION',
            message: `The ${extracted.format.toUpperCase()} carries an OB 2.0 hosted assertion URL (${extracted.credential}); OB 2.0 hosted verification is not supported`,
          },
        ]);
      }
      source = ` from a baked ${extracted.format.toUpperCase()} (${extracted.source})`;
      input = extracted.credential;
    } catch (error) {
      const finding = isLerkitError(error, 'ERR_LERKIT_NO_BAKED_CREDENTIAL')
        ? { code: 'IMAGE_NO_CREDENTIAL' }
        : { code: 'IMAGE_INVALID' };
      return report('unknown', path, undefined, [
        { id: 'parse', outcome: 'fail', ...finding, message: (error as Error).message },
      ]);
    }
  }
  const parsed = parseInput(input);
  if (!parsed.ok) {
    return report('unknown', path, undefined, [
      { id: 'parse', outcome: 'fail', code: parsed.code, message: parsed.message },
    ]);
  }
  const result = await verifyParsed(
    parsed.document,
    parsed.format,
    parsed.jwt,
    run,
    depth,
    path,
    false,
  );
  if (source && result.checks[0]?.id === 'parse') result.checks[0].message += source;
  return result;
}

async function verifyParsed(
  original: JsonObject,
  format: 'json' | 'vc-jwt',
  jwt: string | undefined,
  run: Run,
  depth: number,
  path: string | undefined,
  refreshed: boolean,
): Promise<VerificationReport> {
  let credential = original;
  const kind = detectKind(credential);
  const checks: VerificationCheck[] = [
    {
      id: 'parse',
      outcome: 'pass',
      message: `Read as ${format === 'vc-jwt' ? 'a VC-JWT' : 'JSON'}: ${kind}`,
    },
  ];
  const nested: VerificationReport[] = [];

  // 1. Conformance: context, type, schema (incl. credentialSchema), subject; 2. the proof. The
  // proof is computed first: an RDF-canonicalized proof that verified has already expanded the
  // credential in JSON-LD safe mode, so the JSON-LD term check need not expand it again.
  const proof = await proofChecks(credential, jwt, run);
  checks.push(...(await conformance(credential, run, proof.jsonLdSafe)));
  if (
    proof.validUntil &&
    credential.validUntil === undefined &&
    credential.expirationDate === undefined
  ) {
    // OB 3.0 §Verify a Credential: the JWT exp sets validUntil.
    credential = { ...credential, validUntil: proof.validUntil };
  }
  checks.push(...proof.checks);

  // 3. Refresh (opt-in, after the proof, at most once).
  if (credential.refreshService !== undefined && !refreshed) {
    const refresh = await refreshCredential(credential, run, depth, path);
    checks.push(refresh.check);
    if (refresh.report) return refresh.report;
  }

  // 4. Status, then the validity period.
  checks.push(...(await statusChecks(credential, run)));
  checks.push(...dateChecks(credential, run));

  // Recipient: of the credential verified, not of its endorsements or a CLR's credentials.
  if (run.knownIdentifier !== undefined && depth === 0) {
    checks.push(skippable('recipient', run) ?? recipientCheck(credential, run.knownIdentifier));
  }

  // Endorsements, and a CLR's credentials and associations.
  if (depth >= MAX_DEPTH) {
    const embedded = embeddedEndorsements(credential).length + clrEntries(credential, kind).length;
    if (embedded > 0) {
      checks.push({
        id: kind === 'ClrCredential' ? 'credentials' : 'endorsement',
        outcome: 'fail',
        code: 'NESTING_TOO_DEEP',
        message: `Credentials nest more than ${MAX_DEPTH} levels deep; the inner ones were not verified`,
      });
    }
  } else {
    const endorsements = await endorsementChecks(credential, run, depth, nested);
    checks.push(...endorsements);
    if (kind === 'ClrCredential') {
      checks.push(...(await clrChecks(credential, run, depth, nested)));
    }
  }
  const result = report(kind, path, credential, checks);
  if (nested.length > 0) result.nested = nested;
  return result;
}

function report(
  kind: CredentialKind,
  path: string | undefined,
  credential: JsonObject | undefined,
  checks: VerificationCheck[],
): VerificationReport {
  const failed = checks.some((c) => c.outcome === 'fail');
  const warned = checks.some((c) => c.outcome === 'warn' || c.outcome === 'indeterminate');
  // A proof that could not be checked leaves the credential unverified, though not invalid.
  const unproven = checks.some((c) => c.id === 'proof' && c.outcome === 'indeterminate');
  const result: VerificationReport = {
    verified: !failed && !unproven,
    status: failed ? 'invalid' : warned ? 'warning' : 'valid',
    kind,
    checks,
  };
  if (typeof credential?.id === 'string') result.id = credential.id;
  if (path !== undefined) result.path = path;
  return result;
}

function skippable(id: VerificationCheckId, run: Run): VerificationCheck | undefined {
  return run.skip.has(id)
    ? { id, outcome: 'skip', message: 'Skipped at the caller’s request' }
    : undefined;
}

// ---------------------------------------------------------------------------------------------
// 1. Conformance, from validate(): each validation issue becomes a check entry.

const VALIDATION_TO_CHECK: Partial<Record<ValidationCheckId, VerificationCheckId>> = {
  context: 'context',
  jsonld: 'context',
  type: 'type',
  schema: 'schema',
  'credential-schema': 'schema',
  issuer: 'schema',
  dates: 'schema',
  evidence: 'schema',
  image: 'schema',
  subject: 'subject',
};

async function conformance(
  credential: JsonObject,
  run: Run,
  jsonLdSafe: boolean,
): Promise<VerificationCheck[]> {
  const ids: VerificationCheckId[] = ['context', 'type', 'schema', 'subject'];
  const skip: ValidationCheckId[] = ['recommended'];
  const document = withDecodedEnvelopes(credential);
  // Safe-mode expansion raised nothing for the signed document (not for decoded envelopes).
  if (jsonLdSafe && document === credential) skip.push('jsonld');
  for (const [from, to] of Object.entries(VALIDATION_TO_CHECK)) {
    if (run.skip.has(to)) skip.push(from as ValidationCheckId);
  }
  const validation = await validate(document, {
    documentLoader: run.documentLoader,
    skip,
  });
  const checks: VerificationCheck[] = [];
  for (const id of ids) {
    const skipped = skippable(id, run);
    if (skipped) {
      checks.push(skipped);
      continue;
    }
    const issues = validation.issues.filter(
      (issue) => VALIDATION_TO_CHECK[issue.check] === id && issue.severity !== 'info',
    );
    if (issues.length === 0) {
      checks.push({ id, outcome: 'pass', message: PASS_MESSAGES[id] ?? 'Passed' });
      continue;
    }
    for (const issue of issues) {
      checks.push({
        id,
        outcome: issue.severity === 'error' ? 'fail' : 'warn',
        code: issue.code,
        message: issue.message,
        path: issue.path,
      });
    }
  }
  return checks;
}

const PASS_MESSAGES: Partial<Record<VerificationCheckId, string>> = {
  context: 'The @context is the spec’s, and every term is defined',
  type: 'The types are the spec’s',
  schema: 'Conforms to the official 1EdTech JSON Schema',
  subject: 'The subject is identified',
};

// The CLR schema predates VC 2.0 envelopes: validate a record with each enveloped or compact JWT
// credential replaced by the credential it carries (its own proof is verified in `credentials`).
function withDecodedEnvelopes(credential: JsonObject): JsonObject {
  const subject = credential.credentialSubject;
  if (!isObject(subject) || !Array.isArray(subject.verifiableCredential)) return credential;
  let changed = false;
  const entries = subject.verifiableCredential.map((entry) => {
    const jwt = jwtOf(entry);
    if (jwt === undefined) return entry;
    const parsed = parseInput(jwt);
    if (!parsed.ok) return entry;
    changed = true;
    return parsed.document;
  });
  return changed
    ? { ...credential, credentialSubject: { ...subject, verifiableCredential: entries } }
    : credential;
}

const ENVELOPE_PREFIX = 'data:application/vc+jwt,';

/** The compact JWT of a CLR entry: a JWT string, or an EnvelopedVerifiableCredential. */
function jwtOf(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  if (
    isObject(entry) &&
    asArray(entry.type).includes('EnvelopedVerifiableCredential') &&
    typeof entry.id === 'string' &&
    entry.id.startsWith(ENVELOPE_PREFIX)
  ) {
    return entry.id.slice(ENVELOPE_PREFIX.length);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// 2. Proof: the VC-JWT, and every embedded proof. Every proof must verify (VC Data Integrity 1.0
// §4.3: a proof set is verified proof by proof); one that could not be checked (a context that
// cannot be loaded) is indeterminate, and the credential is then not verified.

async function proofChecks(
  credential: JsonObject,
  jwt: string | undefined,
  run: Run,
): Promise<{ checks: VerificationCheck[]; validUntil?: string; jsonLdSafe: boolean }> {
  const skipped = skippable('proof', run);
  if (skipped) return { checks: [skipped], jsonLdSafe: false };
  const proofOptions = { documentLoader: run.documentLoader, keyResolver: run.keyResolver };
  const results: ProofResult[] = [];
  let validUntil: string | undefined;
  if (jwt !== undefined) {
    const jwtResult = await verifyJwtProof(jwt, proofOptions);
    validUntil = jwtResult.validUntil;
    const { credential: _c, validUntil: _v, ...result } = jwtResult;
    results.push(result);
  }
  if (jwt === undefined || credential.proof !== undefined) {
    results.push(...(await verifyProofs(credential, proofOptions)));
  }
  const checks = results.map(
    (result): VerificationCheck => ({
      id: 'proof',
      outcome: result.verified
        ? result.code
          ? 'warn'
          : 'pass'
        : result.indeterminate
          ? 'indeterminate'
          : 'fail',
      ...(result.code ? { code: result.code } : {}),
      message: result.message,
      ...(result.path ? { path: result.path } : {}),
    }),
  );
  const jsonLdSafe = results.some(
    (r) => r.verified && r.suite !== undefined && SAFE_MODE_SUITES.has(r.suite),
  );
  return validUntil ? { checks, validUntil, jsonLdSafe } : { checks, jsonLdSafe };
}

/** Suites whose verification expands the credential in JSON-LD safe mode (any event fails it). */
const SAFE_MODE_SUITES = new Set([
  'DataIntegrityProof/eddsa-rdfc-2022',
  'DataIntegrityProof/ecdsa-rdfc-2019',
  'DataIntegrityProof/eddsa-2022',
]);

// ---------------------------------------------------------------------------------------------
// 3. Refresh (VCCR 1.0 `1EdTechCredentialRefresh`): opt-in; the refreshed credential is used only
// if it verifies, and is never refreshed again.

async function refreshCredential(
  credential: JsonObject,
  run: Run,
  depth: number,
  path: string | undefined,
): Promise<{ check: VerificationCheck; report?: VerificationReport }> {
  const service = asArray(credential.refreshService).find(isObject);
  const url = idOf(service?.id);
  if (run.skip.has('refresh') || !run.options.refresh) {
    return {
      check: {
        id: 'refresh',
        outcome: 'skip',
        message: 'The credential has a refresh service; refreshing is off (pass refresh: true)',
        path: '/refreshService',
      },
    };
  }
  if (!service || !asArray(service.type).includes('1EdTechCredentialRefresh') || !url) {
    return {
      check: {
        id: 'refresh',
        outcome: 'warn',
        code: 'REFRESH_UNSUPPORTED',
        message: 'Only a 1EdTechCredentialRefresh service with an id can be followed',
        path: '/refreshService',
      },
    };
  }
  let document: unknown;
  try {
    document = (await run.documentLoader(url)).document;
  } catch (error) {
    return {
      check: {
        id: 'refresh',
        outcome: 'warn',
        code: 'REFRESH_FAILED',
        message: `Could not refresh from ${url}; verifying the original. ${(error as Error)?.message ?? error}`,
        path: '/refreshService',
      },
    };
  }
  const parsed = parseInput(document as CredentialInput);
  // A refresh must return the same issuer's credential for the same subject.
  const sameParty =
    parsed.ok &&
    idOf(parsed.document.issuer) === idOf(credential.issuer) &&
    subjectKey(parsed.document) === subjectKey(credential);
  if (parsed.ok && !sameParty) {
    return {
      check: {
        id: 'refresh',
        outcome: 'warn',
        code: 'REFRESH_FAILED',
        message: `The credential from ${url} is not the same issuer's credential for the same subject; verifying the original`,
        path: '/refreshService',
      },
    };
  }
  if (parsed.ok) {
    const refreshed = await verifyParsed(
      parsed.document,
      parsed.format,
      parsed.jwt,
      run,
      depth,
      path,
      true,
    );
    const proofOk = refreshed.checks
      .filter((c) => c.id === 'proof')
      .some((c) => c.outcome === 'pass' || c.outcome === 'warn');
    if (proofOk && refreshed.checks.every((c) => c.id !== 'proof' || c.outcome !== 'fail')) {
      // In the spec's order: right after the proof checks (of the refreshed credential).
      const check: VerificationCheck = {
        id: 'refresh',
        outcome: 'pass',
        message: `Refreshed from ${url}; every other check is of the refreshed credential`,
        path: '/refreshService',
      };
      const afterProof = refreshed.checks.map((c) => c.id).lastIndexOf('proof') + 1;
      refreshed.checks.splice(afterProof, 0, check);
      return { check, report: refreshed };
    }
  }
  return {
    check: {
      id: 'refresh',
      outcome: 'warn',
      code: 'REFRESH_FAILED',
      message: `The credential from ${url} is not a verifiable credential; verifying the original`,
      path: '/refreshService',
    },
  };
}

function subjectKey(credential: JsonObject): string {
  const subject = asArray(credential.credentialSubject).filter(isObject)[0];
  return JSON.stringify(subject ? (subject.id ?? subject.identifier ?? null) : null);
}

// ---------------------------------------------------------------------------------------------
// 4. Status and validity period.

async function statusChecks(credential: JsonObject, run: Run): Promise<VerificationCheck[]> {
  const skipped = skippable('status', run);
  if (skipped) return [skipped];
  if (credential.credentialStatus === undefined) {
    return [{ id: 'status', outcome: 'pass', message: 'The credential has no credentialStatus' }];
  }
  const findings = await checkStatus(credential, {
    documentLoader: run.documentLoader,
    now: run.now,
    skewMs: run.skewMs,
    cache: run.lists,
    ...(run.options.acceptUnconfirmedKeys ? { acceptUnconfirmedKeys: true } : {}),
  });
  return findings.map((finding) => ({ id: 'status', ...finding }));
}

function dateChecks(credential: JsonObject, run: Run): VerificationCheck[] {
  const now = run.now.getTime();
  const until = dateField(credential, ['validUntil', 'expirationDate']);
  const from = dateField(credential, ['validFrom', 'issuanceDate']);
  const checks: VerificationCheck[] = [];

  const skipExpiration = skippable('expiration', run);
  if (skipExpiration) checks.push(skipExpiration);
  else if (until.invalid) {
    checks.push({
      id: 'expiration',
      outcome: 'fail',
      code: 'DATE_INVALID',
      message: until.invalid,
      path: until.path,
    });
  } else if (until.time === undefined) {
    checks.push({ id: 'expiration', outcome: 'pass', message: 'The credential does not expire' });
  } else if (now - run.skewMs > until.time) {
    checks.push({
      id: 'expiration',
      outcome: 'fail',
      code: 'EXPIRED',
      message: `The credential expired at ${until.value}`,
      path: until.path,
    });
  } else {
    checks.push({
      id: 'expiration',
      outcome: 'pass',
      message: `Valid until ${until.value}`,
      path: until.path,
    });
  }

  const skipIssuance = skippable('issuance', run);
  if (skipIssuance) checks.push(skipIssuance);
  else if (from.invalid) {
    checks.push({
      id: 'issuance',
      outcome: 'fail',
      code: 'DATE_INVALID',
      message: from.invalid,
      path: from.path,
    });
  } else if (from.time === undefined) {
    checks.push({
      id: 'issuance',
      outcome: 'fail',
      code: 'DATE_MISSING',
      message: 'The credential has no validFrom (or issuanceDate)',
      path: '/validFrom',
    });
  } else if (now + run.skewMs < from.time) {
    checks.push({
      id: 'issuance',
      outcome: 'fail',
      code: 'NOT_YET_VALID',
      message: `The credential is not valid before ${from.value}`,
      path: from.path,
    });
  } else {
    checks.push({
      id: 'issuance',
      outcome: 'pass',
      message: `Valid from ${from.value}`,
      path: from.path,
    });
  }
  return checks;
}

function dateField(credential: JsonObject, names: string[]) {
  for (const name of names) {
    const value = credential[name];
    if (value === undefined) continue;
    const path = `/${name}`;
    const time =
      typeof value === 'string' && DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) {
      return { path, invalid: `${name} is not a valid date-time: ${JSON.stringify(value)}` };
    }
    return { path, value: value as string, time };
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// Recipient (OB 3.0 §Verify the Recipient Using an Identifier).

function recipientCheck(
  credential: JsonObject,
  known: string | KnownIdentifier,
): VerificationCheck {
  const subjects = asArray(credential.credentialSubject).filter(isObject);
  for (const [i, subject] of subjects.entries()) {
    const base = Array.isArray(credential.credentialSubject)
      ? `/credentialSubject/${i}`
      : '/credentialSubject';
    if (typeof known === 'string' && subject.id === known) {
      return {
        id: 'recipient',
        outcome: 'pass',
        message: `Issued to ${known}`,
        path: `${base}/id`,
      };
    }
    const identifiers = asArray(subject.identifier);
    for (const [j, identity] of identifiers.entries()) {
      const candidates: KnownIdentifier[] =
        typeof known === 'string'
          ? isObject(identity) && typeof identity.identityType === 'string'
            ? [{ identityType: identity.identityType, value: known }]
            : []
          : [known];
      if (candidates.some((candidate) => matchesIdentity(identity, candidate))) {
        const where = Array.isArray(subject.identifier)
          ? `${base}/identifier/${j}`
          : `${base}/identifier`;
        return {
          id: 'recipient',
          outcome: 'pass',
          message: 'The recipient matches the known identifier',
          path: where,
        };
      }
    }
  }
  return {
    id: 'recipient',
    outcome: 'fail',
    code: 'RECIPIENT_MISMATCH',
    message: 'Neither the subject id nor any identifier matches the known identifier',
    path: '/credentialSubject',
  };
}

// ---------------------------------------------------------------------------------------------
// Endorsements (OB 3.0 §EndorsementCredential Verification): every `endorsement` and
// `endorsementJwt` anywhere in the credential (credential, issuer, achievement, …), except inside
// the credentials a CLR carries (those are verified on their own).

interface Embedded {
  path: string;
  value: unknown;
}

function embeddedEndorsements(credential: JsonObject): Embedded[] {
  const found: Embedded[] = [];
  const walk = (node: unknown, path: string, depth: number) => {
    if (depth > 32 || found.length > MAX_CREDENTIALS) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, `${path}/${i}`, depth + 1);
      });
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const here = `${path}/${escapePointer(key)}`;
      if (key === 'endorsement' || key === 'endorsementJwt') {
        asArray(value).forEach((item, i) => {
          found.push({ path: Array.isArray(value) ? `${here}/${i}` : here, value: item });
        });
      } else if (key === 'verifiableCredential' || key === 'proof') {
        // a CLR's credentials are verified in `credentials`; proofs hold no endorsements
      } else {
        walk(value, here, depth + 1);
      }
    }
  };
  walk(credential, '', 0);
  return found;
}

// The bound on how many embedded credentials one verification visits (hostile input).
function tooManyCredentials(id: VerificationCheckId, path: string): VerificationCheck {
  return {
    id,
    outcome: 'indeterminate',
    code: 'TOO_MANY_CREDENTIALS',
    message: `More than ${MAX_CREDENTIALS} credentials; the rest were not verified`,
    path,
  };
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

async function endorsementChecks(
  credential: JsonObject,
  run: Run,
  depth: number,
  nested: VerificationReport[],
): Promise<VerificationCheck[]> {
  const endorsements = embeddedEndorsements(credential);
  if (endorsements.length === 0) return [];
  const skipped = skippable('endorsement', run);
  if (skipped) return [skipped];
  const checks: VerificationCheck[] = [];
  for (const { path, value } of endorsements) {
    if (run.visited >= MAX_CREDENTIALS) {
      checks.push(tooManyCredentials('endorsement', path));
      break;
    }
    const inner = await verifyInput(value as CredentialInput, run, depth + 1, path);
    nested.push(inner);
    if (inner.verified && inner.kind !== 'EndorsementCredential') {
      checks.push({
        id: 'endorsement',
        outcome: 'warn',
        code: 'ENDORSEMENT_NOT_ENDORSEMENT',
        message: `The endorsement at ${path} is not an EndorsementCredential (it is ${inner.kind})`,
        path,
      });
    } else if (inner.verified) {
      checks.push({
        id: 'endorsement',
        outcome: inner.status === 'valid' ? 'pass' : 'warn',
        ...(inner.status === 'valid' ? {} : { code: 'ENDORSEMENT_WARNING' }),
        message:
          `Endorsement ${inner.id ?? ''} verified${inner.status === 'valid' ? '' : ' with warnings'}`.replace(
            '  ',
            ' ',
          ),
        path,
      });
    } else {
      // An endorsement is a third party's claim: a broken one does not void the credential, but
      // it must not be shown as endorsed.
      const why = inner.checks.find((c) => c.outcome === 'fail');
      checks.push({
        id: 'endorsement',
        outcome: 'warn',
        code: 'ENDORSEMENT_INVALID',
        message: `The endorsement at ${path} does not verify (${why?.code ?? 'invalid'}: ${why?.message ?? ''}); do not show it`,
        path,
      });
    }
  }
  return checks;
}

// ---------------------------------------------------------------------------------------------
// CLR 2.0: every credential in credentialSubject.verifiableCredential, verified fully; every
// association's sourceId/targetId an achievement of the record.

function clrEntries(credential: JsonObject, kind: CredentialKind): Embedded[] {
  if (kind !== 'ClrCredential') return [];
  const subject = credential.credentialSubject;
  if (!isObject(subject)) return [];
  const base = '/credentialSubject/verifiableCredential';
  return Array.isArray(subject.verifiableCredential)
    ? subject.verifiableCredential.map((value, i) => ({ path: `${base}/${i}`, value }))
    : subject.verifiableCredential === undefined
      ? []
      : [{ path: base, value: subject.verifiableCredential }];
}

async function clrChecks(
  credential: JsonObject,
  run: Run,
  depth: number,
  nested: VerificationReport[],
): Promise<VerificationCheck[]> {
  const checks: VerificationCheck[] = [];
  const entries = clrEntries(credential, 'ClrCredential');
  const achievements = new Set<string>();
  const subject = isObject(credential.credentialSubject) ? credential.credentialSubject : {};
  for (const achievement of asArray(subject.achievement)) {
    const id = idOf(achievement);
    if (id) achievements.add(id);
  }

  const skipped = skippable('credentials', run);
  if (skipped) checks.push(skipped);
  for (const { path, value } of entries) {
    const jwt = jwtOf(value);
    const decoded = jwt !== undefined ? parseInput(jwt) : undefined;
    const document = decoded?.ok ? decoded.document : isObject(value) ? value : undefined;
    const achievementId = document
      ? idOf(asArray(document.credentialSubject).filter(isObject)[0]?.achievement)
      : undefined;
    if (achievementId) achievements.add(achievementId);
    if (skipped) continue;
    if (run.visited >= MAX_CREDENTIALS) {
      checks.push(tooManyCredentials('credentials', path));
      break;
    }
    const inner = await verifyInput((jwt ?? value) as CredentialInput, run, depth + 1, path);
    nested.push(inner);
    if (!inner.verified) {
      const why = inner.checks.find((c) => c.outcome === 'fail');
      checks.push({
        id: 'credentials',
        outcome: 'fail',
        code: 'CLR_CREDENTIAL_INVALID',
        message:
          `The credential at ${path}${inner.id ? ` (${inner.id})` : ''} does not verify: ${why?.code ?? ''} ${why?.message ?? ''}`.trim(),
        path,
      });
    } else if (inner.status !== 'valid') {
      checks.push({
        id: 'credentials',
        outcome: 'warn',
        code: 'CLR_CREDENTIAL_WARNING',
        message: `The credential at ${path}${inner.id ? ` (${inner.id})` : ''} verifies with warnings`,
        path,
      });
    }
  }
  if (!skipped) {
    if (entries.length === 0) {
      checks.push({
        id: 'credentials',
        outcome: 'pass',
        message: 'The record carries no credentials',
      });
    } else if (!checks.some((c) => c.id === 'credentials')) {
      checks.push({
        id: 'credentials',
        outcome: 'pass',
        message: `All ${entries.length} credentials of the record verify`,
      });
    }
  }

  const associations = asArray(subject.association);
  if (associations.length === 0) return checks;
  const skipAssociations = skippable('associations', run);
  if (skipAssociations) return [...checks, skipAssociations];
  let dangling = 0;
  associations.forEach((association, i) => {
    const path = Array.isArray(subject.association)
      ? `/credentialSubject/association/${i}`
      : '/credentialSubject/association';
    if (!isObject(association)) return;
    for (const end of ['sourceId', 'targetId'] as const) {
      const id = association[end];
      if (typeof id !== 'string' || !achievements.has(id)) {
        dangling++;
        checks.push({
          id: 'associations',
          outcome: 'fail',
          code: 'ASSOCIATION_DANGLING',
          message: `${end} ${JSON.stringify(id)} is not an achievement in the record`,
          path: `${path}/${end}`,
        });
      }
    }
  });
  if (dangling === 0) {
    checks.push({
      id: 'associations',
      outcome: 'pass',
      message: `All ${associations.length} associations link achievements of the record`,
    });
  }
  return checks;
}

import { createDocumentLoader } from '../context/document-loader.js';
import { InvalidArgumentError } from '../errors/index.js';
import type { JsonObject } from '../internal/json.js';
import { DATE_TIME } from '../internal/patterns.js';
import { detectKind } from '../parse/detect.js';
import { type CredentialInput, parseInput } from '../parse/parse-input.js';
import { verifyJwtProof } from '../proof/jwt.js';
import { type ProofResult, verifyProofs } from '../proof/verify-proofs.js';
import type { VerificationCheck, VerificationReport, VerifyOptions } from './types.js';

/**
 * Verifies a credential: that it can be read, that its proof verifies with a key its issuer
 * controls, and that it is within its validity period. Never throws for a bad or hostile
 * credential; every finding is a check in the report.
 *
 * @param input - A credential object, JSON text, or UTF-8 bytes.
 * @param options - A fixed clock, clock skew, and where DID/controller documents come from.
 *   Nothing is fetched from the network unless `fetch` is given.
 * @returns `{ verified, status, kind, checks }`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` only for API misuse.
 * @example
 * ```ts
 * const report = await verify(signed);
 * console.log(report.verified, report.checks.map((c) => `${c.id}: ${c.outcome}`));
 * ```
 */
export async function verify(
  input: CredentialInput,
  options: VerifyOptions = {},
): Promise<VerificationReport> {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  const now = clock(options);
  const skewMs = (options.clockSkew ?? 0) * 1000;
  const documentLoader = createDocumentLoader({
    ...(options.resources ? { resources: options.resources } : {}),
    ...(options.documentLoader ? { documentLoader: options.documentLoader } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  const parsed = parseInput(input);
  if (!parsed.ok) {
    return report('unknown', [
      { id: 'parse', outcome: 'fail', code: parsed.code, message: parsed.message },
    ]);
  }
  let credential = parsed.document;
  const checks: VerificationCheck[] = [
    { id: 'parse', outcome: 'pass', message: `Read as ${parsed.format}` },
  ];

  const proofOptions = {
    documentLoader,
    ...(options.acceptUnconfirmedKeys ? { acceptUnconfirmedKeys: true } : {}),
  };
  const results: ProofResult[] = [];
  if (parsed.format === 'vc-jwt' && parsed.jwt) {
    const jwtResult = await verifyJwtProof(parsed.jwt, proofOptions);
    // OB 3.0 §Verify a Credential: exp sets the credential's validUntil.
    if (
      jwtResult.validUntil &&
      credential.validUntil === undefined &&
      credential.expirationDate === undefined
    ) {
      credential = { ...credential, validUntil: jwtResult.validUntil };
    }
    const { credential: _c, validUntil: _v, ...result } = jwtResult;
    results.push(result);
  }
  // Embedded proofs, also inside a VC-JWT payload (OB 3.0: any one proof may be accepted).
  if (parsed.format !== 'vc-jwt' || credential.proof !== undefined) {
    results.push(...(await verifyProofs(credential, proofOptions)));
  }
  const anyVerified = results.some((r) => r.verified);
  for (const result of results) {
    checks.push({
      id: 'proof',
      // OB 3.0 §Proof Formats: a verifier may use any one proof; others that fail are warnings.
      outcome: result.verified ? (result.code ? 'warn' : 'pass') : anyVerified ? 'warn' : 'fail',
      ...(result.code ? { code: result.code } : {}),
      message: result.message,
      ...(result.path ? { path: result.path } : {}),
    });
  }
  checks.push(...checkDates(credential, now, skewMs));
  return report(detectKind(credential), checks);
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

// OB 3.0 §Verification step "Check the status": not yet valid before validFrom, expired after
// validUntil (issuanceDate / expirationDate for VC Data Model 1.1).
function checkDates(credential: JsonObject, now: Date, skewMs: number): VerificationCheck[] {
  const until = dateField(credential, ['validUntil', 'expirationDate']);
  const from = dateField(credential, ['validFrom', 'issuanceDate']);
  const checks: VerificationCheck[] = [];

  if (until.invalid) {
    checks.push({
      id: 'expiration',
      outcome: 'fail',
      code: 'DATE_INVALID',
      message: until.invalid,
      path: until.path,
    });
  } else if (until.time === undefined) {
    checks.push({ id: 'expiration', outcome: 'pass', message: 'The credential does not expire' });
  } else if (now.getTime() - skewMs > until.time) {
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

  if (from.invalid) {
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
  } else if (now.getTime() + skewMs < from.time) {
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

function report(kind: VerificationReport['kind'], checks: VerificationCheck[]): VerificationReport {
  const failed = checks.some((c) => c.outcome === 'fail');
  const warned = checks.some((c) => c.outcome === 'warn' || c.outcome === 'indeterminate');
  return {
    verified: !failed,
    status: failed ? 'invalid' : warned ? 'warning' : 'valid',
    kind,
    checks,
  };
}

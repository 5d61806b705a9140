// verify() and createVerifier(): the session (one loader, shared caches), one call at a time
// through the pipeline; nothing throws for a bad or hostile credential.
import { InvalidArgumentError, isLerkitError } from '../errors/index.js';
import { isOb2Document } from '../ob2/pipeline.js';
import type { CredentialInput } from '../parse/parse-input.js';
import { compileProfile } from '../profile/compile.js';
import type { CompiledProfile } from '../profile/types.js';
import { finding } from '../report/finding.js';
import type { VerificationReport } from '../report/types.js';
import { failedRun } from '../validate/target.js';
import type { Call, Session } from './env.js';
import { verifyManyWith } from './many.js';
import { verifyOb2Input } from './ob2.js';
import { checkKnownIdentifier, createSession, readClock } from './options.js';
import { verificationReport, verifyDocument } from './pipeline.js';
import { readInput } from './read.js';
import type { Verifier, VerifyCallOptions, VerifyOptions } from './types.js';

/**
 * Verifies a credential as the Open Badges 3.0 specification says (§Verification and
 * Validation): it conforms to the spec (`context`, `jsonld`, `type`, `schema`,
 * `credential-schema`, `subject`, `rules`), every proof verifies with a key its issuer controls
 * (`proof`: any embedded suite or VC-JWT), optionally a refresh (`refresh`), it is not revoked or
 * suspended (`status`), it is valid now (`dates`), issued to whom you expect (`recipient`, with
 * `knownIdentifier`), and every endorsement verifies (`endorsement`). A ClrCredential's credentials
 * are each verified fully and must be about the record's learner (`credentials`), and its
 * associations must point at achievements in the record, without cycles and in the order
 * `precedes` requires (`associations`). Then whether a trust source you gave (`trust`) vouches for
 * the issuer (`trust` check); every report says who the issuer is, how its key is bound and that
 * decision in `issuer`. With a quality `profile`, its requirements are checked on every credential
 * of a kind it applies to (`profile`). Reports of embedded credentials are in `nested`. The checks
 * and codes are those of `CHECKS` and `CODES`.
 *
 * Open Badges 2.0 assertions go through the OB 2.0 algorithm with the same checks and report
 * (`kind: 'OB2Assertion'`): hosted (the copy at its id, within the issuer's verification policy)
 * or signed (an RS256 JWS with a key the issuer lists), revocation, dates, recipient, endorsements,
 * and the OB 2.0 rules per class (`ob2`); the BadgeClass, issuer Profile, key and revocation list
 * come through the same loader. Open Badges 1.x is reported as unsupported (docs/ob2.md).
 *
 * Never throws for a bad or hostile credential; performs no network I/O unless `fetch` is given.
 *
 * @param input - A credential object, JSON text, compact VC-JWT, UTF-8 bytes, or a baked PNG/SVG;
 *   or an OB 2.0 assertion (JSON, the JWS of a signed one, or a hosted one's URL).
 * @param options - Clock, documents (`resources`, `documentLoader`, `fetch`), `knownIdentifier`,
 *   `refresh`, `trust` sources and `requireTrustedIssuer`, checks to `skip` or run `only`,
 *   `severity` overrides, a quality `profile`.
 * @returns `{ verified, status, kind, checks, findings, issuer?, nested? }`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` only for API misuse (bad options,
 *   an unknown check id, a profile that is not valid: see compileProfile).
 * @example
 * ```ts
 * const report = await verify(signed, { resources: { [statusListUrl]: statusList } });
 * if (!report.verified) console.log(report.findings.filter((f) => f.severity === 'error'));
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
 * lists, revocation lists and credential schemas are loaded once and shared across calls.
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
  const session = createSession(options);
  const verifier: Verifier = {
    verifyMany: (inputs, manyOptions) =>
      verifyManyWith((input) => verifier.verify(input), inputs, manyOptions),
    verify: async (input, callOptions = {}) => {
      // A profile is compiled on first use (ajv loads lazily) and cached; a bad one throws here.
      const profile =
        options.profile === undefined ? undefined : await compileProfile(options.profile);
      const call = createCall(session, callOptions, profile);
      try {
        return await verifyInput(input, call, 0, undefined);
      } catch (error) {
        if (isLerkitError(error, 'ERR_LERKIT_INVALID_ARGUMENT')) throw error; // API misuse
        // A safety net: every known failure is a finding; an unknown one must not crash a batch.
        const message = `lerkit could not process this input: ${(error as Error)?.message ?? String(error)}`;
        const run = failedRun([finding('INTERNAL_ERROR', '', message)], options.severity);
        return verificationReport(undefined, run, undefined);
      }
    },
  };
  return verifier;
}

function createCall(
  session: Session,
  options: VerifyCallOptions,
  profile: CompiledProfile | undefined,
): Call {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  checkKnownIdentifier(options.knownIdentifier);
  const call: Call = {
    session,
    now: readClock(options.now ?? session.options.now),
    skewMs: (session.options.clockSkew ?? 0) * 1000,
    knownIdentifier: options.knownIdentifier ?? session.options.knownIdentifier,
    profile,
    visited: 0,
    verifyNested: (input, depth, path) => verifyInput(input, call, depth, path),
    verifyRefreshed: (parsed, depth, path) =>
      verifyDocument(
        parsed.document,
        parsed.format,
        parsed.jwt,
        call,
        { depth, path, refreshed: true },
        {
          checks: [{ check: 'parse', outcome: 'pass', message: 'Read the refreshed credential' }],
          findings: [],
          halted: false,
        },
      ),
  };
  return call;
}

async function verifyInput(
  input: unknown,
  call: Call,
  depth: number,
  path: string | undefined,
): Promise<VerificationReport> {
  const read = await readInput(input, depth, call.session.options.severity, call.session.limits);
  if (!read.ok) {
    call.visited++;
    return verificationReport(undefined, read.start, path);
  }
  // Open Badges 2.0 (and 1.x): the OB 2.0 pipeline (src/ob2, via ./ob2.ts).
  if ('url' in read) return verifyOb2Input({ form: 'url', ...read }, call, depth, path);
  const { document, format, jwt } = read.parsed;
  if (isOb2Document(document)) {
    const source =
      format === 'vc-jwt' && jwt
        ? ({ form: 'jws', jws: jwt, note: read.note } as const)
        : ({ form: 'json', document, note: read.note } as const);
    return verifyOb2Input(source, call, depth, path);
  }
  return verifyDocument(document, format, jwt, call, { depth, path, refreshed: false }, read.start);
}

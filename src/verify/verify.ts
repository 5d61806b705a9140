// verify() and createVerifier(): the session (one loader, shared caches), one call at a time
// through the pipeline; nothing throws for a bad or hostile credential.
import { InvalidArgumentError, isLerkitError } from '../errors/index.js';
import type { CredentialInput } from '../parse/parse-input.js';
import { finding } from '../report/finding.js';
import type { VerificationReport } from '../report/types.js';
import { failedRun } from '../validate/target.js';
import type { Call, Session } from './env.js';
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
 * associations must point at achievements in the record (`associations`). Last, whether a trust
 * source you gave (`trust`) vouches for the issuer (`trust` check); every report says who the
 * issuer is, how its key is bound and that decision in `issuer`. Reports of embedded credentials
 * are in `nested`. The checks and codes are those of `CHECKS` and `CODES`.
 *
 * Never throws for a bad or hostile credential; performs no network I/O unless `fetch` is given.
 *
 * @param input - A credential object, JSON text, compact VC-JWT, UTF-8 bytes, or a baked PNG/SVG.
 * @param options - Clock, documents (`resources`, `documentLoader`, `fetch`), `knownIdentifier`,
 *   `refresh`, `trust` sources and `requireTrustedIssuer`, checks to `skip` or run `only`,
 *   `severity` overrides.
 * @returns `{ verified, status, kind, checks, findings, issuer?, nested? }`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` only for API misuse (bad options,
 *   an unknown check id).
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
  return {
    verify: async (input, callOptions = {}) => {
      const call = createCall(session, callOptions);
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
}

function createCall(session: Session, options: VerifyCallOptions): Call {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  checkKnownIdentifier(options.knownIdentifier);
  const call: Call = {
    session,
    now: readClock(options.now ?? session.options.now),
    skewMs: (session.options.clockSkew ?? 0) * 1000,
    knownIdentifier: options.knownIdentifier ?? session.options.knownIdentifier,
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
  const read = await readInput(input, depth, call.session.options.severity);
  if (!read.ok) {
    call.visited++;
    return verificationReport(undefined, read.start, path);
  }
  const { document, format, jwt } = read.parsed;
  return verifyDocument(document, format, jwt, call, { depth, path, refreshed: false }, read.start);
}

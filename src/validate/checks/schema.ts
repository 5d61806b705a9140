// `schema` check: the official 1EdTech JSON Schema of the document's class (OB 3.0 §Serialization
// → Schemas; CLR 2.0), compiled ahead of time. VC 1.1 credentials have no official schema.
import { asArray, isObject, type JsonObject } from '../../internal/json.js';
import type { CredentialKind } from '../../model/kind.js';
import { parseInput } from '../../parse/parse-input.js';
import { finding } from '../../report/finding.js';
import type { SchemaTarget } from '../../schema/types.js';
import { validateSchema } from '../../schema/validate-schema.js';
import type { Check } from '../types.js';

const SCHEMA_TARGETS: Partial<Record<CredentialKind, SchemaTarget>> = {
  AchievementCredential: 'AchievementCredential',
  EndorsementCredential: 'EndorsementCredential',
  ClrCredential: 'ClrCredential',
  Profile: 'Profile',
  Achievement: 'Achievement',
};

// The validity dates are the dates check's: it reports a malformed or missing one once.
const DATE_PATHS = new Set(['/validFrom', '/validUntil', '/issuanceDate', '/expirationDate']);

/** Validates the document against the official schema of its class. */
export const checkSchema: Check = async ({ document, kind, vcVersion }, { schemaSet, prior }) => {
  const target = SCHEMA_TARGETS[kind];
  if (!target) {
    return {
      findings: [
        finding(
          'SCHEMA_NOT_APPLICABLE',
          '/type',
          `There is no Open Badges 3.0 / CLR 2.0 JSON Schema for a ${kind}`,
        ),
      ],
      message: `No official schema for a ${kind}`,
    };
  }
  if (vcVersion === '1.1') {
    return {
      findings: [
        finding(
          'SCHEMA_VC_V1',
          '',
          'The official 1EdTech schemas describe VC Data Model 2.0 credentials; this one follows 1.1, so only the rule checks apply',
        ),
      ],
      message: 'No official schema for VC 1.1 credentials',
    };
  }
  // There is no strict CLR schema; the compaction one applies.
  const set = target === 'ClrCredential' ? 'json-ld-compaction' : schemaSet;
  const problems = await validateSchema(withDecodedEnvelopes(document), { target, schemaSet: set });
  // A value the type check already explained (a wrong or missing type) is not reported again.
  const typed = new Set(prior.filter((f) => f.check === 'type').map((f) => f.path));
  return {
    findings: problems
      .filter((p) => !DATE_PATHS.has(p.path) && !typed.has(p.path))
      .map((p) => finding(p.code, p.path, p.message, schemaHint(p.code, p.path))),
    message: `Conforms to the official 1EdTech ${target} schema (${set})`,
  };
};

// What to do, naming the property: "Add `achievement` to credentialSubject".
function schemaHint(code: string, path: string): string | undefined {
  if (code !== 'SCHEMA_REQUIRED') return undefined;
  const tokens = path.split('/').slice(1).map(unescapeToken);
  const name = tokens.pop() ?? '';
  const parent = tokens.filter((t) => !/^[0-9]+$/.test(t)).pop();
  return `Add \`${name}\` to ${parent === undefined ? 'the credential' : parent}`;
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

// The CLR schema predates VC 2.0 envelopes: validate a record with each enveloped or compact JWT
// credential replaced by the credential it carries (its own proof is verified in `credentials`).
function withDecodedEnvelopes(credential: JsonObject): JsonObject {
  const subject = credential.credentialSubject;
  if (!isObject(subject) || !Array.isArray(subject.verifiableCredential)) return credential;
  let changed = false;
  const entries = subject.verifiableCredential.map((entry) => {
    const jwt = envelopedJwt(entry);
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

/**
 * The compact JWT of a CLR entry: a JWT string, or a VC 2.0 EnvelopedVerifiableCredential
 * (`data:application/vc+jwt,…`).
 */
export function envelopedJwt(entry: unknown): string | undefined {
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

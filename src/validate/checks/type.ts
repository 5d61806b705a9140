// `type` check: the document is a credential lerkit reads (OB 3.0 AchievementCredential /
// OpenBadgeCredential, EndorsementCredential, CLR 2.0 ClrCredential; or a Profile / Achievement
// for validate), a credential's type includes VerifiableCredential, and every nested object
// carries its class's type (OB 3.0 §Data Model: "The type MUST include …").
import { isObject } from '../../internal/json.js';
import { suggest } from '../../internal/suggest.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import { type ClassName, child, classNodes, typesOf, unlessSchemaFlagged } from '../classes.js';
import type { Check } from '../types.js';

const TYPED: ReadonlySet<ClassName> = new Set([
  'Profile',
  'Achievement',
  'AchievementSubject',
  'Result',
  'ResultDescription',
  'Evidence',
  'IdentityObject',
  'IdentifierEntry',
]);

const CREDENTIAL_KINDS = new Set([
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
  'VerifiableCredential',
]);

/** Checks the document's kind and the types of its nested objects. */
export const checkType: Check = ({ document, kind }, { prior, generic }) => {
  if (kind === 'VerifiableCredential' && !generic) return notABadge(document);
  if (kind === 'unknown') {
    return {
      findings: [
        kindFinding(
          document,
          `Not an Open Badges 3.0 or CLR 2.0 document: its type (${JSON.stringify(document.type ?? null)}) names no class lerkit reads`,
        ),
      ],
      message: 'Not a document lerkit reads',
      halt: true,
      // An undefined type is also what JSON-LD reports about it: one mistake, one finding.
      folds: typeFolds,
    };
  }
  const findings: Finding[] = [];
  if (CREDENTIAL_KINDS.has(kind) && !typesOf(document).includes('VerifiableCredential')) {
    findings.push(
      finding(
        'TYPE_VC_MISSING',
        '/type',
        'A credential\'s type must include "VerifiableCredential"',
      ),
    );
  }
  for (const { cls, node, path } of classNodes(document, kind)) {
    if (!TYPED.has(cls) || typesOf(node).includes(cls)) continue;
    findings.push(
      finding(
        node.type === undefined ? 'TYPE_MISSING' : 'TYPE_WRONG',
        child(path, 'type'),
        `This ${cls} must have type "${cls}"`,
        `Add "${cls}" to type`,
      ),
    );
  }
  return {
    findings: unlessSchemaFlagged(findings, prior),
    message: `The types are the spec’s (${kind})`,
  };
};

// OB 3.0 §Verification: a verifier of Open Badges accepts Open Badges (and CLR, endorsement)
// credentials. Another VC is not one, whatever the OB schema would say of its shape.
function notABadge(document: Record<string, unknown>) {
  return {
    findings: [
      kindFinding(
        document,
        `Not an Open Badges 3.0, CLR 2.0 or endorsement credential: its type (${JSON.stringify(document.type ?? null)}) names none of OpenBadgeCredential, AchievementCredential, EndorsementCredential or ClrCredential`,
        "; to check any W3C credential by the VC Data Model rules alone, use kind: 'vc' (CLI --kind vc)",
      ),
    ],
    message: 'Not an Open Badges or CLR credential',
    halt: true as const,
    folds: typeFolds,
  };
}

// What JSON-LD says about a misspelt type is the same mistake as the unknown kind.
function typeFolds(f: Finding): boolean {
  return f.check === 'jsonld' && (f.path === '/type' || f.path.startsWith('/type/'));
}

const KINDS = [
  'OpenBadgeCredential',
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
];

/**
 * TYPE_UNKNOWN_KIND naming the type to add: the kind a misspelt type is closest to ("did you
 * mean"), else the kind the credential's shape suggests (an achievement: a badge; credentials: a
 * CLR; an endorsement comment: an endorsement).
 */
function kindFinding(document: Record<string, unknown>, message: string, more = ''): Finding {
  const types = typesOf(document);
  for (const [i, type] of types.entries()) {
    const guess = suggest(type, KINDS, { limit: 1 })[0];
    if (guess === undefined || guess === type) continue;
    const found = finding(
      'TYPE_UNKNOWN_KIND',
      Array.isArray(document.type) ? `/type/${i}` : '/type',
      `${message}: did you mean \`${guess}\`?`,
      `Replace ${JSON.stringify(type)} with ${JSON.stringify(guess)} in type`,
    );
    found.suggestion = guess;
    return found;
  }
  const wanted = kindFromShape(document);
  const found = finding(
    'TYPE_UNKNOWN_KIND',
    '/type',
    message,
    `Add ${JSON.stringify(wanted)} to type${types.includes('VerifiableCredential') ? '' : ', after "VerifiableCredential"'}${more}`,
  );
  found.suggestion = wanted;
  return found;
}

function kindFromShape(document: Record<string, unknown>): string {
  const subjects = Array.isArray(document.credentialSubject)
    ? document.credentialSubject
    : [document.credentialSubject];
  for (const subject of subjects) {
    if (!isObject(subject)) continue;
    if ('verifiableCredential' in subject || 'assertion' in subject) return 'ClrCredential';
    if ('endorsementComment' in subject || typesOf(subject).includes('EndorsementSubject')) {
      return 'EndorsementCredential';
    }
  }
  return 'OpenBadgeCredential';
}

// `type` check: the document is a credential lerkit reads (OB 3.0 AchievementCredential /
// OpenBadgeCredential, EndorsementCredential, CLR 2.0 ClrCredential; or a Profile / Achievement
// for validate), a credential's type includes VerifiableCredential, and every nested object
// carries its class's type (OB 3.0 §Data Model: "The type MUST include …").
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
        finding(
          'TYPE_UNKNOWN_KIND',
          '/type',
          `Not an Open Badges 3.0 or CLR 2.0 document: its type (${JSON.stringify(document.type ?? null)}) names no class lerkit reads`,
          'Add "OpenBadgeCredential" (a badge), "ClrCredential" (a learner record) or "EndorsementCredential" to type, after "VerifiableCredential"',
        ),
      ],
      message: 'Not a document lerkit reads',
      halt: true,
      // An undefined type is also what JSON-LD reports about it: one mistake, one finding.
      folds: (f) => f.check === 'jsonld' && (f.path === '/type' || f.path.startsWith('/type/')),
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
      finding(
        'TYPE_UNKNOWN_KIND',
        '/type',
        `Not an Open Badges 3.0, CLR 2.0 or endorsement credential: its type (${JSON.stringify(document.type ?? null)}) names none of OpenBadgeCredential, AchievementCredential, EndorsementCredential or ClrCredential`,
        'If it is a badge, add "OpenBadgeCredential" to type; to check any W3C credential by the VC Data Model rules alone, use kind: \'vc\' (CLI --kind vc)',
      ),
    ],
    message: 'Not an Open Badges or CLR credential',
    halt: true as const,
  };
}

// `recommended` check: what wallets and verifiers show, as warnings and notes (never errors): a
// credential name, the issuer's embedded profile and name, an achievement image, and recipients'
// emails kept private (OB 3.0 §Recipient: hashed identifiers).
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import { type ClassNode, child, classNodes } from '../classes.js';
import type { Check } from '../types.js';

const CREDENTIAL_KINDS = new Set([
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
  'VerifiableCredential',
]);

/** Reports missing recommended fields. */
export const checkRecommended: Check = ({ document, kind }) => {
  const findings: Finding[] = [];
  if (CREDENTIAL_KINDS.has(kind)) {
    if (document.name === undefined) {
      findings.push(
        finding(
          'RECOMMENDED_CREDENTIAL_NAME',
          '/name',
          'The credential has no name; wallets show the name in their lists',
        ),
      );
    }
    if (typeof document.issuer === 'string') {
      findings.push(
        finding(
          'RECOMMENDED_ISSUER_PROFILE',
          '/issuer',
          'The issuer is only an IRI; embedding its Profile (with a name) lets wallets show who issued the credential',
        ),
      );
    }
  }
  for (const node of classNodes(document, kind)) findings.push(...recommendedFor(node));
  return { findings, message: 'Follows the recommended practice' };
};

function recommendedFor({ cls, node, path, role }: ClassNode): Finding[] {
  if (cls === 'Profile' && role === 'issuer' && node.name === undefined) {
    return [
      finding(
        'RECOMMENDED_ISSUER_NAME',
        child(path, 'name'),
        'The issuer has no name; wallets and verifiers show it',
      ),
    ];
  }
  if (cls === 'Achievement' && node.image === undefined) {
    return [
      finding(
        'RECOMMENDED_ACHIEVEMENT_IMAGE',
        child(path, 'image'),
        'The achievement has no image; badges are usually shown as one',
      ),
    ];
  }
  if (cls === 'IdentityObject' && node.hashed === false && node.identityType === 'emailAddress') {
    return [
      finding(
        'RECOMMENDED_PLAINTEXT_EMAIL',
        child(path, 'identityHash'),
        'The recipient email is in plain text; a hashed identifier (hashed: true, salted) keeps it private',
      ),
    ];
  }
  return [];
}

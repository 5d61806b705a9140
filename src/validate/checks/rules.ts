// `rules` check: the OB 3.0 rules JSON Schema does not express. The issuer is present and
// identified by an absolute URI (§Data Model Profile: id 1); evidence says something (§Evidence);
// criteria have an id or a narrative (§Criteria); the images the spec requires to be PNG or SVG
// are (AchievementSubject.image, Profile.image: "This must be a PNG or SVG image"; other images,
// e.g. Achievement.image, may be any format).
import { idOf, type JsonObject } from '../../internal/json.js';
import { ABSOLUTE_IRI } from '../../internal/patterns.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import { type ClassNode, child, classNodes, unlessSchemaFlagged } from '../classes.js';
import type { Check } from '../types.js';

const IMAGE_DATA_URI = /^data:image\/(png|svg\+xml)[;,]/i;
const CREDENTIAL_KINDS = new Set([
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
  'VerifiableCredential',
]);

/** Applies the spec's rules to the issuer, evidence, criteria and images. */
export const checkRules: Check = ({ document, kind }, { prior }) => {
  const findings: Finding[] = [];
  if (CREDENTIAL_KINDS.has(kind)) {
    if (document.issuer === undefined) {
      findings.push(finding('RULES_ISSUER_MISSING', '/issuer', 'A credential needs an issuer'));
    } else if (typeof document.issuer === 'string') {
      findings.push(...issuerId(document.issuer, '/issuer'));
    }
  }
  for (const node of classNodes(document, kind)) findings.push(...rulesOf(node));
  return {
    findings: unlessSchemaFlagged(findings, prior),
    message: 'The issuer, evidence, criteria and images follow the spec’s rules',
  };
};

function rulesOf({ cls, node, path, role }: ClassNode): Finding[] {
  switch (cls) {
    case 'Profile':
      return [
        ...(role === 'issuer' || role === 'creator' || role === 'document'
          ? issuerId(idOf(node), child(path, 'id'))
          : []),
        ...pngOrSvg(node, path, 'A Profile image'),
      ];
    case 'AchievementSubject':
      return pngOrSvg(node, path, 'An AchievementSubject image');
    case 'Evidence':
      return node.id === undefined && node.narrative === undefined
        ? [
            finding(
              'RULES_EVIDENCE_EMPTY',
              path,
              'Evidence without an id (URL) or a narrative tells a reader nothing',
            ),
          ]
        : [];
    case 'Achievement':
      return criteria(node, path);
    default:
      return [];
  }
}

function issuerId(id: string | undefined, path: string): Finding[] {
  return id !== undefined && ABSOLUTE_IRI.test(id)
    ? []
    : [
        finding(
          'RULES_ISSUER_ID_INVALID',
          path,
          `The issuer id ${JSON.stringify(id ?? null)} is not an absolute URI`,
          'Use an https URL or a DID as the issuer id',
        ),
      ];
}

function criteria(achievement: JsonObject, path: string): Finding[] {
  const value = achievement.criteria;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const criteria = value as JsonObject;
  return criteria.id === undefined && criteria.narrative === undefined
    ? [
        finding(
          'RULES_CRITERIA_EMPTY',
          child(path, 'criteria'),
          'Criteria need an id (a page describing them) or a narrative',
        ),
      ]
    : [];
}

// OB 3.0 §Data Model: Profile.image and AchievementSubject.image "must be a PNG or SVG image".
// Only an embedded image (data URI) can be checked without fetching it.
function pngOrSvg(node: JsonObject, path: string, what: string): Finding[] {
  const id = idOf(node.image);
  if (!id?.startsWith('data:') || IMAGE_DATA_URI.test(id)) return [];
  const at = typeof node.image === 'string' ? child(path, 'image') : `${child(path, 'image')}/id`;
  return [
    finding(
      'RULES_IMAGE_FORMAT',
      at,
      `${what} must be PNG or SVG; this one is ${id.slice(5, id.search(/[;,]/)) || 'of an unknown type'}`,
    ),
  ];
}

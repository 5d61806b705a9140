// `subject` check: OB 3.0 §Verification step 1, "Check that the credentialSubject is identified by
// an id and/or an identifier"; an EndorsementSubject names what it endorses by id.
import { asArray } from '../../internal/json.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import { child, classNodes, unlessSchemaFlagged } from '../classes.js';
import type { Check } from '../types.js';

/** Checks that each credential subject is identified. */
export const checkSubject: Check = ({ document, kind }, { prior }) => {
  const findings: Finding[] = [];
  for (const { cls, node, path } of classNodes(document, kind)) {
    if (cls === 'EndorsementSubject' && typeof node.id !== 'string') {
      findings.push(
        finding(
          'SUBJECT_NO_ID',
          child(path, 'id'),
          'An EndorsementSubject needs the id of what is endorsed',
        ),
      );
    } else if (
      (cls === 'AchievementSubject' || cls === 'ClrSubject') &&
      node.id === undefined &&
      asArray(node.identifier).length === 0
    ) {
      findings.push(
        finding(
          'SUBJECT_NO_ID',
          path,
          'The credential subject needs an id or at least one identifier (who received it?)',
        ),
      );
    }
  }
  if (document.credentialSubject === undefined) return undefined;
  return { findings: unlessSchemaFlagged(findings, prior), message: 'The subject is identified' };
};

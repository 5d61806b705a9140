// `limits` check: the counts a stranger's credential could inflate (proofs, status entries, a CLR's
// credentials, endorsements of any object), counted before any other work. Over a limit, the check
// halts the pipeline: nothing is canonicalized, fetched, decoded or verified (issue 16).
import { asArray, escapePointerToken, isObject } from '../../internal/json.js';
import { DEFAULT_LIMITS, type Limits, limitName } from '../../limits/limits.js';
import type { Code } from '../../report/codes.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import type { Check } from '../types.js';

type Counted = 'proofs' | 'statusEntries' | 'credentials' | 'endorsements';
const CODE: Record<Counted, Code> = {
  proofs: 'LIMITS_PROOF_COUNT',
  statusEntries: 'LIMITS_STATUS_ENTRY_COUNT',
  credentials: 'LIMITS_CREDENTIAL_COUNT',
  endorsements: 'LIMITS_ENDORSEMENT_COUNT',
};
const WHAT: Record<Counted, string> = {
  proofs: 'proofs',
  statusEntries: 'status entries',
  credentials: 'credentials',
  endorsements: 'endorsements',
};

/** Counts proofs, status entries, a CLR's credentials and endorsements against the limits. */
export const checkLimits: Check = ({ document, kind }, env) => {
  const limits = env.limits ?? DEFAULT_LIMITS;
  const findings: Finding[] = [];
  const over = (name: Counted, count: number, path: string) => {
    if (count <= limits[name]) return;
    findings.push(
      finding(
        CODE[name],
        path,
        `${count.toLocaleString('en-US')} ${WHAT[name]}, over ${limitName(name, limits)}; nothing was verified`,
      ),
    );
  };
  over('proofs', asArray(document.proof).length, '/proof');
  over('statusEntries', asArray(document.credentialStatus).length, '/credentialStatus');
  if (kind === 'ClrCredential') {
    asArray(document.credentialSubject).forEach((subject, i, all) => {
      if (!isObject(subject)) return;
      const at = all.length > 1 || Array.isArray(document.credentialSubject) ? `/${i}` : '';
      over(
        'credentials',
        asArray(subject.verifiableCredential).length,
        `/credentialSubject${at}/verifiableCredential`,
      );
    });
  }
  for (const [path, count] of endorsementCounts(document, limits)) {
    over('endorsements', count, path);
  }
  // Within the limits the check says nothing (reports list it only when a limit is reached).
  return findings.length > 0
    ? { findings, message: findings[0]?.message ?? '', halt: true }
    : undefined;
};

// Every `endorsement` / `endorsementJwt` array of the document, iteratively (the JSON depth is
// already limited when the input was read).
function endorsementCounts(document: object, limits: Readonly<Limits>): [string, number][] {
  const out: [string, number][] = [];
  const stack: [unknown, string][] = [[document, '']];
  let visited = 0;
  while (stack.length > 0 && visited++ < 1_000_000) {
    const [value, path] = stack.pop() as [unknown, string];
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push([item, `${path}/${i}`]);
      });
    } else if (isObject(value)) {
      for (const [key, member] of Object.entries(value)) {
        const at = `${path}/${escapePointerToken(key)}`;
        if ((key === 'endorsement' || key === 'endorsementJwt') && Array.isArray(member)) {
          if (member.length > limits.endorsements) {
            out.push([at, member.length]);
            continue;
          }
        }
        stack.push([member, at]);
      }
    }
  }
  return out.sort(([a], [b]) => (a < b ? -1 : 1));
}

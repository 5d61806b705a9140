// `associations` check: CLR 2.0 — every association's sourceId and targetId is an achievement of
// the record (in credentialSubject.achievement or a carried credential's achievement); ordered
// associations form no cycle and `precedes` matches the award dates (./association-order.ts).
import { asArray, idOf, isObject, type JsonObject } from '../../internal/json.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import type { Check } from '../../validate/types.js';
import type { VerifyEnv } from '../env.js';
import { cycleFindings, orderFindings, type PlacedAssociation } from './association-order.js';
import { clrEntries, entryDocument } from './credentials.js';

/** Checks that associations link achievements of the record. */
export const checkAssociations: Check<VerifyEnv> = ({ document, kind }) => {
  if (kind !== 'ClrCredential') return undefined;
  const subject = isObject(document.credentialSubject) ? document.credentialSubject : {};
  const associations = asArray(subject.association);
  if (associations.length === 0) return undefined;
  const achievements = recordAchievements(document, subject);
  const findings: Finding[] = [];
  const placed: PlacedAssociation[] = [];
  associations.forEach((association, i) => {
    if (!isObject(association)) return;
    const path = Array.isArray(subject.association)
      ? `/credentialSubject/association/${i}`
      : '/credentialSubject/association';
    placed.push({ value: association, path });
    for (const end of ['sourceId', 'targetId'] as const) {
      const id = association[end];
      if (typeof id !== 'string' || !achievements.has(id)) {
        findings.push(
          finding(
            'ASSOCIATIONS_DANGLING',
            `${path}/${end}`,
            `${end} ${JSON.stringify(id)} is not an achievement in the record`,
          ),
        );
      }
    }
  });
  const cycles = cycleFindings(placed);
  findings.push(...cycles.findings, ...orderFindings(document, placed, cycles.inCycles));
  return {
    findings,
    message: `All ${associations.length} associations link achievements of the record, in order and without cycles`,
  };
};

/** The ids of every achievement in a CLR: its own and those of the credentials it carries. */
export function recordAchievements(document: JsonObject, subject: JsonObject): Set<string> {
  const ids = new Set<string>();
  for (const achievement of asArray(subject.achievement)) {
    const id = idOf(achievement);
    if (id) ids.add(id);
  }
  for (const entry of clrEntries(document)) {
    const inner = entryDocument(entry.value);
    const id = inner
      ? idOf(asArray(inner.credentialSubject).find(isObject)?.achievement)
      : undefined;
    if (id) ids.add(id);
  }
  return ids;
}

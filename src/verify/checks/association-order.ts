// Part of the `associations` check: a CLR's pathway is consistent. Ordered relations have no
// cycle (ASSOCIATIONS_CYCLE), and an achievement that `precedes` another was awarded no later than
// it (ASSOCIATIONS_ORDER). CLR 2.0 AssociationType; `precedes` read as CASE 1.0 defines it (the
// source comes before the target in time or order). An achievement's award date is the earliest
// `awardedDate` (OB 3.0: the original award, kept when a credential is re-issued), else `validFrom`
// (`issuanceDate` in VC 1.1), of the credentials the record carries that award it.
import { associationCycles } from '../../builders/pathways.js';
import { asArray, idOf, isObject, type JsonObject } from '../../internal/json.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import { clrEntries, entryDocument } from './credentials.js';

/** An association with its JSON Pointer. */
export interface PlacedAssociation {
  value: JsonObject;
  path: string;
}

/** One finding per cycle of ordered associations; the indices of the associations in cycles. */
export function cycleFindings(associations: readonly PlacedAssociation[]): {
  findings: Finding[];
  inCycles: Set<number>;
} {
  const inCycles = new Set<number>();
  const findings = associationCycles(associations.map((a) => a.value)).map(({ family, cycle }) => {
    for (const index of cycle.within) inCycles.add(index);
    const first = Math.min(...cycle.edges.map((e) => e.index));
    const which = [...new Set(cycle.edges.map((e) => e.index))].sort((a, b) => a - b);
    return finding(
      'ASSOCIATIONS_CYCLE',
      (associations[first] as PlacedAssociation).path,
      `The ${family} associations form a cycle: ${cycle.nodes.join(' → ')} (association${which.length === 1 ? '' : 's'} ${which.join(', ')})`,
    );
  });
  return { findings, inCycles };
}

/** A finding for each `precedes` whose source was awarded after its target. */
export function orderFindings(
  document: JsonObject,
  associations: readonly PlacedAssociation[],
  skip: ReadonlySet<number>,
): Finding[] {
  const precedes = associations.filter(
    (a, i) => a.value.associationType === 'precedes' && !skip.has(i),
  );
  if (precedes.length === 0) return [];
  const awarded = awardDates(document);
  const findings: Finding[] = [];
  for (const { value, path } of precedes) {
    const first = awarded.get(value.sourceId as string);
    const then = awarded.get(value.targetId as string);
    if (!first || !then || first.time <= then.time) continue;
    findings.push(
      finding(
        'ASSOCIATIONS_ORDER',
        path,
        `${String(value.sourceId)} precedes ${String(value.targetId)}, but it was awarded ${first.date} (${first.path}), after ${String(value.targetId)} was awarded ${then.date} (${then.path})`,
      ),
    );
  }
  return findings;
}

interface Award {
  date: string;
  time: number;
  path: string;
}

// The earliest award date of each achievement the record's credentials award.
function awardDates(document: JsonObject): Map<string, Award> {
  const awarded = new Map<string, Award>();
  for (const entry of clrEntries(document)) {
    const inner = entryDocument(entry.value);
    if (!inner) continue;
    const date = [inner.awardedDate, inner.validFrom, inner.issuanceDate].find(
      (d): d is string => typeof d === 'string' && !Number.isNaN(Date.parse(d)),
    );
    if (date === undefined) continue;
    const time = Date.parse(date);
    for (const subject of asArray(inner.credentialSubject).filter(isObject)) {
      for (const achievement of asArray(subject.achievement)) {
        const id = idOf(achievement);
        const known = id === undefined ? undefined : awarded.get(id);
        if (id !== undefined && (!known || time < known.time)) {
          awarded.set(id, { date, time, path: entry.path });
        }
      }
    }
  }
  return awarded;
}

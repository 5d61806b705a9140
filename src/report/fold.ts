// One root cause, one finding: findings that follow from another one (a misspelt property makes
// the required one missing; a missing @context makes the schema ask for it) are folded under it
// (`related`), and the same finding repeated at several places in one report is collapsed into
// its first occurrence (`occurrences`). groupFindings() then groups the same cause across a
// report and its nested reports (endorsements, a CLR's credentials).
import type { Code, Severity } from './codes.js';
import type { Finding, ReportBase } from './types.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The codes of the signed-data gate (src/jsonld/gate.ts): a credential written in a JSON-LD shape
 * the checks do not read. Each is a cause in itself (a rewrite that could hide data from a check),
 * so it is never folded under another finding, such as the TYPE_MISSING that `@type` written for
 * `type` also causes.
 */
export const SIGNED_SHAPE_CODES = [
  'JSONLD_KEYWORD',
  'JSONLD_TERM_ALIAS',
  'JSONLD_TERM_REDEFINED',
  'JSONLD_EMBEDDED_CONTEXT',
  'JSONLD_VALUE_SHAPE',
  'JSONLD_IRI_REWRITTEN',
  'JSONLD_PROOF_TERM',
] as const satisfies readonly Code[];

const NEVER_FOLDED: ReadonlySet<Code> = new Set(SIGNED_SHAPE_CODES);

/**
 * Folds consequences under their root cause and collapses repeats, keeping the order of the
 * roots. A finding is only folded under one at least as severe, so the verdict never changes.
 *
 * @param findings - A report's findings, in pipeline order.
 * @returns The top-level findings.
 * @example
 * ```ts
 * // JSONLD_UNDEFINED_TERM at /credentialSubjct (suggestion credentialSubject) and
 * // SCHEMA_REQUIRED at /credentialSubject: one finding, the second under `related`.
 * const top = foldFindings(report.findings);
 * ```
 */
export function foldFindings(findings: readonly Finding[]): Finding[] {
  let top = [...findings];
  for (const rule of RULES) top = applyRule(top, rule);
  return collapseRepeats(samePlace(top));
}

/** A root cause (`root`: which findings can be one) and what follows from it. */
interface Rule {
  readonly root: (f: Finding) => boolean;
  readonly follows: (root: Finding, other: Finding) => boolean;
}

const rootCode =
  (...codes: Code[]) =>
  (f: Finding) =>
    codes.includes(f.code);

const RULES: readonly Rule[] = [
  // A misspelt property: what is said about the property it should have been (missing, wrong) is
  // the same mistake.
  {
    root: (f) => f.code === 'JSONLD_UNDEFINED_TERM' && f.suggestion !== undefined,
    follows: (root, other) =>
      within(other.path, `${parentOf(root.path)}/${escapeToken(root.suggestion ?? '')}`),
  },
  // No @context: the schema's "@context is required" and every JSON-LD finding follow.
  {
    root: rootCode('CONTEXT_MISSING'),
    follows: (_root, other) => other.check === 'jsonld' || within(other.path, '/@context'),
  },
  // Without the OB (CLR) context, its terms and types are undefined.
  {
    root: rootCode('CONTEXT_OB_MISSING', 'CONTEXT_CLR_MISSING'),
    follows: (_root, other) => other.check === 'jsonld',
  },
  // The VC context not first: the order and the schema's patterns on @context follow.
  {
    root: rootCode('CONTEXT_VC_NOT_FIRST'),
    follows: (_root, other) => within(other.path, '/@context'),
  },
  // An object without its type (or with a wrong one) is outside the type-scoped context that
  // defines its properties.
  {
    root: rootCode('TYPE_MISSING', 'TYPE_WRONG'),
    follows: (root, other) =>
      other.check === 'jsonld' &&
      other.suggestion === undefined &&
      within(other.path, parentOf(root.path)),
  },
  // A VC 1.1 credential: that the 1EdTech schemas do not apply is the same fact.
  {
    root: rootCode('CONTEXT_VC_V1'),
    follows: (_root, other) => other.code === 'SCHEMA_VC_V1',
  },
  // Without "VerifiableCredential" in type, the VC context's credential terms are undefined.
  {
    root: rootCode('TYPE_VC_MISSING'),
    follows: (_root, other) =>
      other.code === 'JSONLD_UNDEFINED_TERM' &&
      other.suggestion === undefined &&
      other.path.lastIndexOf('/') === 0,
  },
  // An unknown kind: what JSON-LD says about the type is the same mistake.
  {
    root: rootCode('TYPE_UNKNOWN_KIND'),
    follows: (_root, other) => other.check === 'jsonld' && within(other.path, '/type'),
  },
];

// Roots are few (a handful of codes), so this is linear in practice, whatever the input.
function applyRule(findings: Finding[], rule: Rule): Finding[] {
  const roots = findings.filter(rule.root);
  if (roots.length === 0) return findings;
  const folded = new Set<Finding>();
  for (const root of roots) {
    if (folded.has(root)) continue;
    for (const other of findings) {
      if (other === root || folded.has(other)) continue;
      if (!foldable(root, other) || !rule.follows(root, other)) continue;
      folded.add(other);
      root.related = [...(root.related ?? []), other];
    }
  }
  return findings.filter((f) => !folded.has(f));
}

// Two checks about the same value (JSON-LD and the schema on a misspelt image type): the first
// one reported is the root. Grouped by path, so linear.
function samePlace(findings: Finding[]): Finding[] {
  const first = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const found of findings) {
    const root = found.path === '' ? undefined : first.get(found.path);
    if (root && root.check !== found.check && foldable(root, found)) {
      root.related = [...(root.related ?? []), found];
      continue;
    }
    if (!root && found.path !== '') first.set(found.path, found);
    out.push(found);
  }
  return out;
}

/**
 * Whether `other` may be folded under `root`: only under a finding at least as severe (folding
 * never changes the verdict), and never a proof's finding (each proof of a set is its own verdict,
 * and a signature that does not verify is a cause in itself) or a signed-data gate finding.
 */
export function foldable(root: Finding, other: Finding): boolean {
  return (
    other.check !== 'proof' &&
    !NEVER_FOLDED.has(other.code) &&
    RANK[other.severity] >= RANK[root.severity]
  );
}

// The same code and message at several places (one missing image per achievement of a CLR): one
// finding, counted, the other places under `related`.
function collapseRepeats(findings: Finding[]): Finding[] {
  const first = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const found of findings) {
    if (found.check === 'proof') {
      out.push(found);
      continue;
    }
    const key = `${found.code}\u0000${found.severity}\u0000${found.message}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, found);
      out.push(found);
      continue;
    }
    seen.occurrences = (seen.occurrences ?? 1) + 1;
    if (seen.related) seen.related.push(found);
    else seen.related = [found];
  }
  return out;
}

/** One cause across a report and its nested reports: where it occurs. */
export interface FindingGroup {
  /** The finding code. */
  code: Code;
  /** Its message. */
  message: string;
  /** Every place it occurs. */
  occurrences: FindingPlace[];
}

/** One place a finding occurs at. */
export interface FindingPlace {
  /** JSON Pointer in its credential. */
  path: string;
  /** JSON Pointer of that credential in the top one (`''`: the top one). */
  nestedPath: string;
}

/** A report, possibly with nested reports (endorsements, a CLR's credentials). */
export interface NestingReport extends ReportBase {
  /** For a nested report: where its credential is in its parent. */
  path?: string;
  /** Its nested reports. */
  nested?: NestingReport[];
}

/**
 * Groups a report's findings, nested reports included, by cause (code and message): the same
 * problem in five endorsements is one group with five occurrences. Folded consequences are not
 * causes and are left out; collapsed repeats (`occurrences`) count at each of their places.
 *
 * @param report - A validation or verification report.
 * @returns The groups, in the order their first occurrence is reported.
 * @example
 * ```ts
 * for (const group of groupFindings(report)) console.log(group.code, group.occurrences.length);
 * ```
 */
export function groupFindings(report: NestingReport): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  const visit = (r: NestingReport, nestedPath: string) => {
    for (const found of r.findings) {
      const key = `${found.code}\u0000${found.message}`;
      let group = groups.get(key);
      if (!group) {
        group = { code: found.code, message: found.message, occurrences: [] };
        groups.set(key, group);
      }
      group.occurrences.push({ path: found.path, nestedPath });
      for (const repeat of found.related ?? []) {
        if (repeat.code === found.code && repeat.message === found.message) {
          group.occurrences.push({ path: repeat.path, nestedPath });
        }
      }
    }
    for (const nested of r.nested ?? []) visit(nested, `${nestedPath}${nested.path ?? ''}`);
  };
  visit(report, '');
  return [...groups.values()];
}

function within(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}/`);
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

// "Did you mean …?": the known names closest to a mistyped one, for builder errors, CLI commands
// and options, and finding messages. Optimal string alignment distance (a swap of two neighbours
// counts as one edit), case-insensitive, bounded so that long hostile strings cost nothing.

/** Options for {@link suggest}. */
export interface SuggestOptions {
  /** The most edits a suggestion may be away (default: 2, or 1 for names of 4 characters or fewer). */
  readonly maxDistance?: number;
  /** How many suggestions at most (default 3). */
  readonly limit?: number;
}

// Names longer than this are not compared: nobody mistypes a 200-character term.
const MAX_LENGTH = 64;

/**
 * The candidates closest to `name`, nearest first (ties keep the candidates' order); empty when
 * none is close enough. An exact match (ignoring case) is returned alone.
 */
export function suggest(
  name: string,
  candidates: Iterable<string>,
  options: SuggestOptions = {},
): string[] {
  if (name.length === 0 || name.length > MAX_LENGTH) return [];
  const wanted = name.toLowerCase();
  const max = options.maxDistance ?? (name.length <= 4 ? 1 : 2);
  const limit = options.limit ?? 3;
  const found: { candidate: string; distance: number; order: number }[] = [];
  const seen = new Set<string>();
  let order = 0;
  for (const candidate of candidates) {
    if (seen.has(candidate) || candidate.length > MAX_LENGTH) continue;
    seen.add(candidate);
    if (Math.abs(candidate.length - name.length) > max) continue;
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance === 0) return [candidate];
    if (distance <= max) found.push({ candidate, distance, order: order++ });
  }
  found.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return found.slice(0, limit).map((entry) => entry.candidate);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      current[j] = value;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

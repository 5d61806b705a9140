// The size budget of the published package, read by scripts/check-package.mjs and the packed
// package test. Sizes are what `npm pack --json` reports: `size` is the .tgz, `unpackedSize` the
// sum of the files, in bytes (1 kB = 1000 bytes, as npm prints them).
export const MAX_PACKED_BYTES = 500_000;
export const MAX_UNPACKED_BYTES = 2_500_000;

/**
 * The caps an `npm pack --json` entry exceeds, in words; empty when it fits.
 *
 * @param {{ size: number, unpackedSize: number }} packed
 * @returns {string[]}
 */
export function checkSizes(packed) {
  const problems = [];
  if (!(packed.size < MAX_PACKED_BYTES)) {
    problems.push(
      `packed ${formatBytes(packed.size)} is over the ${formatBytes(MAX_PACKED_BYTES)} cap`,
    );
  }
  if (!(packed.unpackedSize < MAX_UNPACKED_BYTES)) {
    problems.push(
      `unpacked ${formatBytes(packed.unpackedSize)} is over the ${formatBytes(MAX_UNPACKED_BYTES)} cap`,
    );
  }
  return problems;
}

/** `1234567` -> `1.23 MB`, `45678` -> `45.7 kB` (decimal units, like npm). */
export function formatBytes(bytes) {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(2)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  return `${bytes} B`;
}

// Hints in CLI words. The code table (src/report/codes.ts) says what to do in the API's words
// (`resources`, `documentLoader`, `limits.inputBytes`, `knownIdentifier`); on the command line the
// same advice names the flags (`--resources`, `--limit inputBytes=<n>`, `--known-identifier`).
// The table keeps the API wording; hints are rewritten here, at render time. Names are matched as
// whole words (backticked or not), so the rewriting survives edits of the surrounding sentences.

// A name, optionally in backticks, as a whole word.
const name = (word: string) => `\`?\\b${word}\\b\`?`;

/** API wording -> CLI wording, applied in order (longer phrases first). */
const RULES: readonly [RegExp, string][] = [
  [new RegExp(name('limits\\.([A-Za-z]+)'), 'g'), '--limit $1=<n>'],
  // "resources, a documentLoader, or network access": all three are flags, or two of them.
  [
    new RegExp(
      `${name('resources')},?\\s+(?:or\\s+)?an?\\s+${name('documentLoader')},?\\s+or\\s+(?:allow\\s+)?network access(?:\\s*\\(\`?fetch\`?\\))?`,
      'g',
    ),
    '--resources or --allow-network',
  ],
  // "through resources or a documentLoader": the CLI has one way, --resources.
  [
    new RegExp(
      `${name('resources')}\\s+or\\s+(?:through\\s+|with\\s+)?an?\\s+(?:custom\\s+)?${name('documentLoader')}`,
      'g',
    ),
    '--resources',
  ],
  [new RegExp(`(?:an?\\s+)?(?:custom\\s+)?${name('documentLoader')}`, 'g'), '--resources'],
  [/\ballow(?:ing)? network access(?:\s*\(`?fetch`?\))?/g, 'pass --allow-network'],
  [/\bnetwork access(?:\s*\(`?fetch`?\))?/g, '--allow-network'],
  [new RegExp(`(?<!-)${name('fetch')}(?=\\s+option|\\))`, 'g'), '--allow-network'],
  [new RegExp(`(?<!-)${name('resources')}`, 'g'), '--resources'],
  [new RegExp(name('knownIdentifier'), 'g'), '--known-identifier'],
  [new RegExp(name('requireTrustedIssuer'), 'g'), '--require-trusted'],
  // `now` is a common word: only as an option ("the now option", "the now and clockSkew options").
  [
    new RegExp(`\\bthe\\s+${name('now')}\\s+and\\s+${name('clockSkew')}\\s+options\\b`, 'g'),
    '--now',
  ],
  [new RegExp(`\\bthe\\s+${name('now')}\\s+option\\b`, 'g'), '--now'],
  [/`now`/g, '--now'],
  [/`profile`/g, '--profile'],
  [/`trust`/g, '--trust'],
  [/\byour trust list\b/g, 'your --trust list'],
  [/`kind: ?'?vc'?`|\bkind: ?'vc'/g, '--kind vc'],
];

/**
 * A hint from the code table, in the command line's words: API option names become flags.
 *
 * @param hint - The finding's hint, as the library wrote it.
 * @returns The hint naming CLI flags.
 */
export function cliHint(hint: string): string {
  let text = hint;
  for (const [pattern, replacement] of RULES) text = text.replace(pattern, replacement);
  return text;
}

// After tsup: one copy of the type declarations instead of two.
//
// tsup writes every declaration twice, `.d.ts` for `import` and `.d.cts` for `require`, with the
// same text (a third of the packed package). Each entry's `.d.ts` becomes a one-line re-export of
// its `.d.cts` (an ES module's types may re-export a CommonJS module's; the other way round
// TypeScript refuses, TS1479), and the `.d.ts` chunks nothing imports any more are deleted.
// `check:package` (publint, @arethetypeswrong/cli) and test/package/packed.test.ts (TypeScript
// consumers under node16 and bundler resolution) prove both kinds of consumer still get the types.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntryPoints } from './entry-points.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const entries = new Set(readEntryPoints().map((entry) => `${entry.name}.d.ts`));

for (const name of entries) {
  writeFileSync(join(dist, name), "export * from './index.cjs';\n");
}
const walk = (dir, prefix = '') =>
  readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((item) =>
    item.isDirectory()
      ? walk(join(dir, item.name), `${prefix}${item.name}/`)
      : [`${prefix}${item.name}`],
  );
let removed = 0;
for (const file of walk('')) {
  if (file.endsWith('.d.ts') && !entries.has(file)) {
    rmSync(join(dist, file));
    removed++;
  }
}
console.log(
  `types: ${entries.size} entry .d.ts re-export their .d.cts; ${removed} duplicate chunks removed`,
);

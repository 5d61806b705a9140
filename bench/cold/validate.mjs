// Cold-start child for cold-validate.mjs: load lerkit the way a user does (through the package
// name, so Node resolves the built `dist` via package.json `exports`), validate one credential
// with the full `validate()` (or, for `lerkit/schema`, the schema alone with `validateSchema`),
// print { ms, cpuMs, valid }: ms from process start to the result, cpuMs the CPU time (user +
// system) spent by then, which a busy machine disturbs less than wall time.
// Usage: node bench/cold/validate.mjs <esm|cjs> <lerkit|lerkit/validate|lerkit/schema>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [format = 'esm', specifier = 'lerkit/validate'] = process.argv.slice(2);
const credential = JSON.parse(
  readFileSync(new URL('../fixtures/credential.json', import.meta.url), 'utf8'),
);
const lerkit =
  format === 'cjs' ? createRequire(import.meta.url)(specifier) : await import(specifier);
const valid =
  specifier === 'lerkit/schema'
    ? (await lerkit.validateSchema(credential, { target: 'AchievementCredential' })).length === 0
    : (await lerkit.validate(credential)).valid;
const ms = performance.now();
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, valid }));

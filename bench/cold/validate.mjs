// Cold-start child for cold-validate.mjs: load lerkit the way a user does (through the package
// name, so Node resolves the built `dist` via package.json `exports`), validate one credential
// with the full `validate()`, print { ms, valid } (ms: process start -> result).
// Usage: node bench/cold/validate.mjs <esm|cjs> <lerkit|lerkit/validate>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [format = 'esm', specifier = 'lerkit/validate'] = process.argv.slice(2);
const credential = JSON.parse(
  readFileSync(new URL('../fixtures/credential.json', import.meta.url), 'utf8'),
);
const { validate } =
  format === 'cjs' ? createRequire(import.meta.url)(specifier) : await import(specifier);
const report = await validate(credential);
const ms = performance.now();
process.stdout.write(JSON.stringify({ ms, valid: report.valid }));

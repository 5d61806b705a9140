// Checks the package as published: builds it, makes the tarball once with `npm pack` (scripts
// ignored: the build just ran; it would also print into npm's JSON), then checks:
// - size: the packed and unpacked sizes npm reports stay under the caps below (the schema
//   validators are most of the weight: see scripts/generate.mjs and tsup.config.ts);
// - publint: package.json and the exports map against the packed files;
// - @arethetypeswrong/cli: types resolve for every entry point under node10, node16 CJS/ESM and
//   bundler resolution.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSizes, formatBytes } from './package-size.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

run(npm, ['run', 'build']);
const dir = mkdtempSync(join(tmpdir(), 'lerkit-check-package-'));
try {
  const [packed] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const tarball = join(dir, packed.filename);
  const problems = checkSizes(packed);
  console.log(
    `size: ${formatBytes(packed.size)} packed, ${formatBytes(packed.unpackedSize)} unpacked, ${packed.entryCount} files`,
  );
  if (problems.length > 0) {
    for (const problem of problems) console.error(`size: ${problem}`);
    console.error('largest files:');
    for (const file of [...packed.files].sort((a, b) => b.size - a.size).slice(0, 10)) {
      console.error(`  ${formatBytes(file.size).padStart(9)}  ${file.path}`);
    }
    process.exitCode = 1;
  }
  run('npx', ['--no-install', 'publint', 'run', tarball, '--strict']);
  run('npx', ['--no-install', 'attw', tarball]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

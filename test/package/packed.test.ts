// The published artefact, as a user gets it: build, `npm pack`, install the tarball into an empty
// project outside the repository, then import it through both the ESM and the CJS entry points
// and verify the 1EdTech OB 3.0 vector. Dependencies come from npm's cache (prefer-offline).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/spec.js';
import { controllerDocument, loadVector } from '../helpers/vectors.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let project: string;

const script = (importLine: string) => `${importLine}
const input = JSON.parse(require('node:fs').readFileSync(__dirname + '/input.json', 'utf8'));
(async () => {
  const report = await verify(input.credential, { resources: input.resources, now: new Date('2024-06-01T00:00:00Z') });
  const sub = await verifySub(input.credential, { now: new Date('2024-06-01T00:00:00Z') });
  process.stdout.write(JSON.stringify({ verified: report.verified, checks: report.checks.map((c) => c.check + ':' + c.outcome), subpathVerified: sub.verified, createDocumentLoader: typeof createDocumentLoader }));
})().catch((error) => { console.error(error); process.exit(1); });
`;

beforeAll(() => {
  execFileSync(npm, ['run', 'build'], { cwd: REPO_ROOT, stdio: 'pipe' });
  project = mkdtempSync(join(tmpdir(), 'lerkit-packed-'));
  execFileSync(npm, ['pack', '--pack-destination', project], { cwd: REPO_ROOT, stdio: 'pipe' });
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz')) as string;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  execFileSync(
    npm,
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${tarball}`],
    {
      cwd: project,
      stdio: 'pipe',
    },
  );
  const vector = loadVector('obv3p0');
  writeFileSync(
    join(project, 'input.json'),
    JSON.stringify({
      credential: vector.signed,
      resources: { [vector.keyPair.controller]: controllerDocument(vector.keyPair) },
    }),
  );
  writeFileSync(
    join(project, 'esm.mjs'),
    script(
      "import { createRequire } from 'node:module'; import { dirname } from 'node:path'; import { fileURLToPath } from 'node:url';\nconst require = createRequire(import.meta.url); const __dirname = dirname(fileURLToPath(import.meta.url));\nimport { verify, createDocumentLoader } from 'lerkit';\nimport { verify as verifySub } from 'lerkit/verify';",
    ),
  );
  writeFileSync(
    join(project, 'cjs.cjs'),
    script(
      "const { verify, createDocumentLoader } = require('lerkit');\nconst { verify: verifySub } = require('lerkit/verify');",
    ),
  );
}, 300_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('packed package', () => {
  it.each(['esm.mjs', 'cjs.cjs'])(
    '%s imports lerkit and verifies the 1EdTech OB 3.0 vector',
    (file) => {
      const out = JSON.parse(
        execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' }),
      );
      expect(out).toEqual({
        verified: true,
        checks: [
          'parse:pass',
          'context:pass',
          'jsonld:pass',
          'type:pass',
          'schema:pass',
          'subject:pass',
          'rules:pass',
          'proof:pass',
          'status:pass',
          'dates:pass',
        ],
        // Without the issuer's document the key cannot be confirmed.
        subpathVerified: false,
        createDocumentLoader: 'function',
      });
    },
  );

  it('ships a working lerkit bin', () => {
    const bin = join(project, 'node_modules', '.bin', 'lerkit');
    expect(execFileSync(bin, ['--version'], { cwd: project, encoding: 'utf8' }).trim()).toMatch(
      /^\d+\.\d+\.\d+/,
    );
    writeFileSync(join(project, 'badge.json'), JSON.stringify(loadVector('obv3p0').credential));
    expect(
      execFileSync(bin, ['validate', 'badge.json'], { cwd: project, encoding: 'utf8' }),
    ).toContain('1 passed, 0 failed');
  });

  it('runs `npx lerkit verify` offline, as a CI step would', () => {
    const fixture = JSON.parse(
      readFileSync(join(REPO_ROOT, 'fixtures', 'verify', 'valid-eddsa-rdfc-2022.json'), 'utf8'),
    );
    writeFileSync(join(project, 'signed.json'), JSON.stringify(fixture.input));
    const out = execFileSync(
      'npx',
      [
        '--no-install',
        'lerkit',
        'verify',
        'signed.json',
        '--now',
        fixture.options.now,
        '--format',
        'json',
      ],
      { cwd: project, encoding: 'utf8' },
    );
    const parsed = JSON.parse(out);
    expect(parsed.summary).toMatchObject({ files: 1, passed: 1, failed: 0, exitCode: 0 });
    expect(parsed.results[0].report).toMatchObject({ verified: true, status: 'valid' });
  });

  it('contains only the build, README and package metadata', () => {
    const files = execFileSync(
      'tar',
      ['-tzf', readdirSync(project).find((f) => f.endsWith('.tgz')) as string],
      {
        cwd: project,
        encoding: 'utf8',
      },
    )
      .trim()
      .split('\n');
    expect(
      files.every((f) => /^package\/(dist\/|README\.md$|LICENSE$|package\.json$)/.test(f)),
    ).toBe(true);
    expect(files.some((f) => f.includes('src/') || f.includes('test/'))).toBe(false);
  });
});

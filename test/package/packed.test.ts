// The published artefact, as a user gets it: build, `npm pack`, install the tarball into an empty
// project outside the repository (so nothing resolves from the repository's node_modules), then:
// import it through both the ESM and the CJS entry points and verify the 1EdTech OB 3.0 vector;
// run the README's quick start as ESM, CJS and TypeScript (node16 and bundler resolution, checked
// against the shipped .d.ts/.d.cts); run every docs example unchanged; run the `lerkit` bin.
// Dependencies come from npm's cache (prefer-offline).
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { checkSizes } from '../../scripts/package-size.mjs';
import { REPO_ROOT } from '../helpers/spec.js';
import { controllerDocument, loadVector } from '../helpers/vectors.js';
import {
  examplesTsconfig,
  quickStartFiles,
  type Run,
  readmeQuickStart,
  run,
} from './consumer-project.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let project: string;
let packed: { filename: string; size: number; unpackedSize: number; files: { path: string }[] };
const compiled: Record<string, Run> = {};
const tsc = join(REPO_ROOT, 'node_modules', '.bin', 'tsc');
const EXAMPLES_DIR = join(REPO_ROOT, 'docs', 'examples');
const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.ts'));

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
  // Scripts ignored: `prepack` would build again (and print into the JSON).
  [packed] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', project], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  // An ES module project, as new projects are; .cjs/.cts files are CommonJS all the same.
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  execFileSync(
    npm,
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      `./${packed.filename}`,
    ],
    { cwd: project, stdio: 'pipe' },
  );

  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  for (const [file, content] of Object.entries(quickStartFiles(readmeQuickStart(readme)))) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    writeFileSync(join(project, file), content);
  }
  mkdirSync(join(project, 'examples'));
  for (const file of examples)
    copyFileSync(join(EXAMPLES_DIR, file), join(project, 'examples', file));
  // Data files the examples read next to themselves (a custom profile): beside the compiled code.
  mkdirSync(join(project, 'examples-out'), { recursive: true });
  for (const file of readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json')))
    copyFileSync(join(EXAMPLES_DIR, file), join(project, 'examples-out', file));
  writeFileSync(
    join(project, 'tsconfig.examples.json'),
    examplesTsconfig(join(REPO_ROOT, 'node_modules', '@types')),
  );
  // Compiled here rather than in the tests: tsc takes a while on a busy machine.
  for (const name of ['node16', 'bundler', 'examples']) {
    compiled[name] = run(tsc, ['-p', `tsconfig.${name}.json`], project);
  }
  compiled.trace = run(
    tsc,
    ['-p', 'tsconfig.node16.json', '--noEmit', '--traceResolution'],
    project,
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
  it('loads every entry point with require() and import(), error names intact (the build is minified)', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const subpaths = Object.keys(manifest.exports)
      .filter((k) => !k.endsWith('.json') && k !== './package.json')
      .map((k) => (k === '.' ? 'lerkit' : `lerkit/${k.slice(2)}`));
    const script = `
      const names = [];
      for (const s of ${JSON.stringify(subpaths)}) { require(s); names.push(s); }
      const { InvalidArgumentError } = require('lerkit/errors');
      Promise.all(names.map((s) => import(s))).then(() =>
        console.log(JSON.stringify({ loaded: names.length, name: new InvalidArgumentError('x', 'y').name })));`;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ loaded: subpaths.length, name: 'InvalidArgumentError' });
  });

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

  it('contains only the build, the report schemas, README, changelog and package metadata', () => {
    const files = execFileSync('tar', ['-tzf', packed.filename], {
      cwd: project,
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    expect(
      files.every((f) =>
        /^package\/(dist\/|schemas\/lerkit\/[a-z0-9-]+\.json$|schemas\/README\.md$|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/.test(
          f,
        ),
      ),
    ).toBe(true);
    expect(files.some((f) => f.includes('src/') || f.includes('test/'))).toBe(false);
  });
});

describe('packed package: size', () => {
  it('stays under the caps of scripts/check-package.mjs', () => {
    expect(checkSizes(packed)).toEqual([]);
    // The validators ship once, for both builds.
    const validators = packed.files.filter((f) => f.path.includes('schema/generated/'));
    expect(validators.map((f) => f.path).sort()).toEqual([
      'dist/schema/generated/json-ld-compaction.js',
      'dist/schema/generated/strict.js',
    ]);
  });
});

describe('packed package: the README quick start', () => {
  const expected = { valid: true, errors: 0, verified: true, status: 'valid' };

  it.each(['quick-start.mjs', 'quick-start.cjs'])('runs as %s', (file) => {
    const out = run(process.execPath, [file], project);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual(expected);
  });

  it.each([
    ['node16', 'out-node16/quick-start.mjs'],
    ['node16', 'out-node16/quick-start.cjs'],
    ['bundler', 'out-bundler/quick-start.js'],
  ])('type-checks under %s resolution (no @types/node) and runs as %s', (config, output) => {
    const result = compiled[config] as Run;
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = run(process.execPath, [output], project);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual(expected);
  });

  it('resolves the CJS types from .d.cts and the ESM types from .d.ts', () => {
    const traced = (compiled.trace as Run).stdout;
    const resolved = (from: string) =>
      new RegExp(
        `Module name 'lerkit' was successfully resolved to '[^']*/node_modules/lerkit/dist/index\\.${from}'`,
      );
    expect(traced).toMatch(resolved('d\\.cts'));
    expect(traced).toMatch(resolved('d\\.ts'));
  });
});

describe('packed package: docs/examples run unchanged', () => {
  // What each example prints when it works; every file of docs/examples must be listed.
  const OUTPUT: Record<string, RegExp> = {
    'baking.ts': /^PNG valid iTXt openbadgecredential\nSVG valid /,
    'issue-from-sis.ts': /^2 badges, 1 transcript, verified: true$/m,
    'issuer-trust.ts':
      /^genuine: verified=true — Example University \(verified issuer: Example Registry\)\n(.|\n)*^strict: verified=false/m,
    'key-management.ts': /^true false PROOF_DID_UNRESOLVED$/m,
    'ob2-migrate.ts':
      /^hosted: valid \| signed: valid \| baked: valid\n(.|\n)*^re-issued as OB 3.0: valid$/m,
    'quick-start.ts': /^true \[/,
    'revoke-credentials.ts':
      /changed: \{ teamwork: 'STATUS_REVOKED', leadership: 'STATUS_SUSPENDED' \}/,
    'registrar-profile.ts':
      /^AACRAO profile: valid, 0 findings\nverified: true\nerror catalog-code: /,
    'selective-disclosure.ts': /^true \[/,
    'stackable-credentials.ts': /^Ada's record: valid\nASSOCIATIONS_ORDER at /,
    'verify-in-a-platform.ts':
      /^teamwork: valid \(verified\)\nleadership: invalid\n {2}STATUS_REVOKED/,
  };

  it('lists every example', () => {
    expect(Object.keys(OUTPUT).sort()).toEqual([...examples].sort());
  });

  it('compiles every example against the shipped types', () => {
    const result = compiled.examples as Run;
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(examples)('runs %s', (file) => {
    const out = run(
      process.execPath,
      [join(project, 'examples-out', file.replace(/\.ts$/, '.js'))],
      project,
    );
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(OUTPUT[file] as RegExp);
  });
});

describe('packed package: the lerkit bin', () => {
  it('runs `npx lerkit --help`', () => {
    const out = run('npx', ['--no-install', 'lerkit', '--help'], project);
    expect(out.status).toBe(0);
    for (const command of ['validate', 'verify', 'sign', 'bake', 'extract', 'keygen', 'inspect']) {
      expect(out.stdout).toContain(command);
    }
  });
});

// A friendlier CLI (issue 21): per-command help from one table, "did you mean", --quiet and
// --verbose, colours by NO_COLOR/FORCE_COLOR, writes confirmed and folders created, bake's swapped
// arguments, inspect on non-credentials, --controller for PEM keys, hints naming flags, and
// resources map errors naming the entry. In-process runs (fast); fixtures from fixtures/cli/.
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { cliHint } from '../../src/cli/output/hints.js';
import { run } from '../../src/cli/run.js';
import { COMMAND_SPECS, COMMANDS, OPTION_SPECS, takes } from '../../src/cli/spec.js';
import { CODES } from '../../src/report/codes.js';
import { type CliResult, lerkit } from './run-cli.js';

const NOW = ['--now', '2025-06-01T00:00:00Z'];
const VALID = 'fixtures/cli/valid/valid-eddsa-rdfc-2022.json';
const TAMPERED = 'fixtures/cli/invalid/tampered.json';
const PNG = 'fixtures/cli/images/badge.png';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lerkit-friendly-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Runs the CLI in-process with this environment, stdout and stderr a terminal or not. */
async function lerkitWith(
  env: Record<string, string>,
  isTTY: boolean,
  ...args: string[]
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) => ({
    write: (data: string | Uint8Array) => {
      into.push(typeof data === 'string' ? data : new TextDecoder().decode(data));
    },
    isTTY,
  });
  const code = await run(args, { stdout: capture(out), stderr: capture(err), env });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

// Splits an example command line as a shell would (single quotes only).
const words = (line: string) =>
  (line.match(/'[^']*'|\S+/g) ?? []).map((word) => word.replace(/^'|'$/g, ''));

describe.concurrent('help from the one table', () => {
  it.each(COMMANDS)(
    'lerkit %s --help and lerkit help %s print the same per-command help',
    async (command) => {
      const viaFlag = await lerkit(command, '--help');
      const viaHelp = await lerkit('help', command);
      expect(viaFlag.code).toBe(0);
      expect(viaFlag.stdout).toBe(viaHelp.stdout);
      const help = viaFlag.stdout;
      expect(help.startsWith(`Usage: lerkit ${COMMAND_SPECS[command].usage} [options]\n`)).toBe(
        true,
      );
      expect(help).toContain('\nExamples:\n');
      for (const option of OPTION_SPECS) {
        const shown = help.includes(`--${option.name} `) || help.includes(`--${option.name}\n`);
        expect(shown, `--${option.name} in ${command} help`).toBe(takes(command, option));
      }
    },
  );

  it('shows defaults and examples, e.g. for verify', async () => {
    const { stdout } = await lerkit('verify', '--help');
    expect(stdout).toMatch(
      /\n {2}--format text\|json\|jsonl\|junit\|sarif\n {35}Output of validate\/verify/,
    );
    expect(stdout).toMatch(/\n {2}--workers <N> {3,}Worker threads/);
    expect(stdout).toContain('(default: text)');
    expect(stdout).toContain('(default: available parallelism)');
    expect(stdout).toContain('  lerkit verify badge.json\n');
    expect(stdout).not.toContain('--suite');
  });

  it('the general help lists every option of the table, and how to get one command’s help', async () => {
    const { code, stdout } = await lerkit('help');
    expect(code).toBe(0);
    expect(stdout).toBe((await lerkit('--help')).stdout);
    expect(stdout).toContain('lerkit <command> --help');
    for (const option of OPTION_SPECS) expect(stdout).toContain(`--${option.name}`);
  });

  it('every example in the help is a valid command line', () => {
    for (const command of COMMANDS) {
      for (const example of COMMAND_SPECS[command].examples) {
        const parsed = parseCommandLine(words(example));
        expect('options' in parsed && parsed.options.command, example).toBe(command);
      }
    }
  });
});

describe.concurrent('did you mean', () => {
  it.each([
    [['verfy', 'x.json'], 'lerkit: unknown command "verfy"; did you mean verify? (try --help)\n'],
    [['help', 'sing'], 'lerkit: unknown command "sing"; did you mean sign? (try --help)\n'],
    [['frobnicate'], 'lerkit: unknown command "frobnicate" (try --help)\n'],
    [
      ['verify', '--formt', 'json', 'x.json'],
      'lerkit: unknown option --formt; did you mean --format?\n',
    ],
    [
      ['verify', '--resource=map.json', 'x.json'],
      'lerkit: unknown option --resource; did you mean --resources?\n',
    ],
    [['verify', '--frob', 'x.json'], 'lerkit: unknown option --frob\n'],
    [['verify', '-x', 'x.json'], 'lerkit: unknown option -x (try --help)\n'],
  ])('%j → exit 2, %j', async (args, stderr) => {
    expect(await lerkit(...args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('an option of another command is refused, naming the commands it applies to', async () => {
    expect(await lerkit('sign', VALID, '--key', 'k.json', '--strict')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lerkit: --strict is not an option of sign (it applies to validate, verify)\n',
    });
    expect((await lerkit('extract', PNG, '--suite', 'vc-jwt')).stderr).toBe(
      'lerkit: --suite is not an option of extract (it applies to sign)\n',
    );
  });

  it('checks option names, not option values', () => {
    const parsed = parseCommandLine(['verify', '--output=--formt', 'x.json']);
    expect('options' in parsed && parsed.options.output).toBe('--formt');
  });
});

describe.concurrent('--quiet, --verbose and colours', () => {
  it('--quiet prints the summary alone; the exit code says the rest', async () => {
    const result = await lerkit('verify', VALID, TAMPERED, ...NOW, '--quiet');
    expect(result).toEqual({ code: 1, stdout: '1 passed, 1 failed, 0 warnings\n', stderr: '' });
  });

  it('--verbose shows every check with its outcome, and info findings', async () => {
    const normal = await lerkit('verify', VALID, ...NOW);
    const verbose = await lerkit('verify', VALID, ...NOW, '--verbose');
    expect(verbose.code).toBe(0);
    expect(normal.stdout).not.toContain('PROOF_VERIFIED');
    expect(verbose.stdout).toMatch(/\n {4}proof: pass — Signature verified with did:key:/);
    expect(verbose.stdout).toMatch(/\n {4}dates: pass — /);
    expect(verbose.stdout).toContain('proof: info PROOF_VERIFIED at /proof');
  });

  it('--quiet with --verbose, and --verbose elsewhere, are usage errors', async () => {
    expect((await lerkit('verify', VALID, '-q', '--verbose')).code).toBe(2);
    expect((await lerkit('inspect', VALID, '--verbose')).stderr).toBe(
      'lerkit: --verbose applies to validate and verify\n',
    );
  });

  const SGR = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`);
  it.each<[string, Record<string, string>, boolean, boolean]>([
    ['a terminal', {}, true, true],
    ['a pipe', {}, false, false],
    ['NO_COLOR on a terminal', { NO_COLOR: '1' }, true, false],
    ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, true, false],
    ['FORCE_COLOR=1 in a pipe', { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR=3 in a pipe', { FORCE_COLOR: '3' }, false, true],
  ])('colours on %s: %j → %s', async (_name, env, tty, coloured) => {
    const { stdout } = await lerkitWith(env, tty, 'verify', VALID, ...NOW);
    expect(SGR.test(stdout)).toBe(coloured);
  });
});

describe.concurrent('writes', () => {
  it('sign --output creates the folder and confirms on stderr; --quiet does not', async () => {
    const out = join(tmp, 'signed', 'deep', 'signed.json');
    const unsigned = join(tmp, 'unsigned-1.json');
    writeFileSync(unsigned, JSON.stringify(withoutProof()));
    const key = join(tmp, 'keys-1', 'issuer.json');
    const keygen = await lerkit('keygen', '-o', key);
    expect(keygen).toEqual({ code: 0, stdout: '', stderr: `wrote ${key}\n` });
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const result = await lerkit('sign', unsigned, '--key', key, '-o', out);
    // The fixture's issuer is not this key's: sign refuses, and nothing is written.
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    const issuer = JSON.parse(readFileSync(key, 'utf8')).controller as string;
    writeFileSync(unsigned, JSON.stringify(withoutProof(issuer)));
    expect(await lerkit('sign', unsigned, '--key', key, '-o', out)).toEqual({
      code: 0,
      stdout: '',
      stderr: `wrote ${out}\n`,
    });
    expect(JSON.parse(readFileSync(out, 'utf8')).proof).toBeDefined();
    const quiet = join(tmp, 'signed', 'quiet.json');
    expect(await lerkit('sign', unsigned, '--key', key, '-o', quiet, '--quiet')).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(existsSync(quiet)).toBe(true);
  });

  it('bake, extract, validate --output and keygen --did web confirm every file', async () => {
    const baked = join(tmp, 'baked', 'badge.png');
    expect((await lerkit('bake', PNG, VALID, '-o', baked)).stderr).toBe(`wrote ${baked}\n`);
    const extracted = join(tmp, 'extracted', 'credential.json');
    expect((await lerkit('extract', baked, '-o', extracted)).stderr).toBe(`wrote ${extracted}\n`);
    const report = join(tmp, 'reports', 'report.xml');
    const validate = await lerkit('validate', extracted, '--format', 'junit', '-o', report);
    expect(validate).toEqual({ code: 0, stdout: '', stderr: `wrote ${report}\n` });
    const key = join(tmp, 'site', 'key.json');
    const web = await lerkit('keygen', '--did', 'web:example.edu', '-o', key);
    expect(web.stderr).toBe(`wrote ${key}\nwrote ${join(tmp, 'site', 'did.json')}\n`);
  });

  it('status create confirms the list and its allocation state', async () => {
    const key = join(tmp, 'status-key.json');
    await lerkit('keygen', '-o', key);
    const list = join(tmp, 'lists', 'list.json');
    const result = await lerkit(
      'status',
      'create',
      list,
      '--id',
      'https://example.edu/status/9',
      '--key',
      key,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `wrote ${join(tmp, 'lists', 'list.allocation.json')}\nwrote ${list}\n`,
    );
  });
});

describe.concurrent('arguments that look wrong', () => {
  it('bake with its two arguments swapped says which one is the image', async () => {
    const result = await lerkit('bake', VALID, PNG, '-o', join(tmp, 'never.png'));
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `lerkit: ${VALID} is not a PNG or SVG image, but ${PNG} is: the image comes first (lerkit bake ${PNG} ${VALID} --output <file>)\n`,
    });
    expect(existsSync(join(tmp, 'never.png'))).toBe(false);
    const neither = await lerkit('bake', VALID, VALID, '-o', join(tmp, 'never.png'));
    expect(neither.stderr).toBe(
      `lerkit: ${VALID} is not a PNG or SVG image (lerkit bake <image> <credential> --output <file>)\n`,
    );
  });

  it('inspect exits 1 on JSON that is not a credential, 0 on a credential', async () => {
    const file = join(tmp, 'profile.json');
    writeFileSync(file, JSON.stringify({ type: 'Profile', id: 'https://example.edu', name: 'X' }));
    const result = await lerkit('inspect', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Kind:        Profile');
    expect(result.stderr).toBe(`lerkit: ${file} is not a credential (kind: Profile)\n`);
    expect((await lerkit('inspect', 'fixtures/cli/documents/map.json')).code).toBe(1);
    expect((await lerkit('inspect', VALID)).code).toBe(0);
  });

  it('a resources map error names the entry', async () => {
    const map = join(tmp, 'map-missing.json');
    writeFileSync(
      map,
      JSON.stringify({
        'https://a.example/': 'map-missing.json',
        'https://b.example/': 'nope.json',
      }),
    );
    expect(await lerkit('verify', VALID, '--resources', map)).toEqual({
      code: 2,
      stdout: '',
      stderr: `lerkit: ${map}: entry "https://b.example/": cannot read ${join(tmp, 'nope.json')}: ENOENT\n`,
    });
    writeFileSync(join(tmp, 'broken.json'), '{ nope');
    writeFileSync(map, JSON.stringify({ 'https://c.example/': 'broken.json' }));
    expect((await lerkit('verify', VALID, '--resources', map)).stderr).toMatch(
      /^lerkit: .*map-missing\.json: entry "https:\/\/c\.example\/": .*broken\.json is /,
    );
  });
});

describe.concurrent('--controller', () => {
  const pem = () => {
    const file = join(tmp, `key-${Math.random().toString(36).slice(2)}.pem`);
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    return file;
  };

  it('a PEM key signs for an https: issuer as <controller>#<key>', async () => {
    const issuer = 'https://example.edu/issuer';
    const unsigned = join(tmp, 'unsigned-https.json');
    writeFileSync(unsigned, JSON.stringify(withoutProof(issuer)));
    const key = pem();
    // Without --controller the PEM key is its own did:key: not the issuer.
    expect((await lerkit('sign', unsigned, '--key', key)).code).toBe(2);
    const signed = await lerkit('sign', unsigned, '--key', key, '--controller', issuer, ...NOW);
    expect(signed.code).toBe(0);
    const proof = JSON.parse(signed.stdout).proof;
    expect(proof.verificationMethod).toMatch(
      /^https:\/\/example\.edu\/issuer#z6Mk[1-9A-HJ-NP-Za-km-z]+$/,
    );
    // It verifies once the issuer URL serves a controller document listing the key.
    const method = proof.verificationMethod as string;
    const dir = mkdtempSync(join(tmp, 'controller-'));
    writeFileSync(join(dir, 'signed.json'), signed.stdout);
    writeFileSync(
      join(dir, 'issuer.json'),
      JSON.stringify({
        '@context': 'https://www.w3.org/ns/cid/v1',
        id: issuer,
        verificationMethod: [
          {
            id: method,
            type: 'Multikey',
            controller: issuer,
            publicKeyMultibase: method.split('#')[1],
          },
        ],
        assertionMethod: [method],
      }),
    );
    writeFileSync(join(dir, 'map.json'), JSON.stringify({ [issuer]: 'issuer.json' }));
    const verified = await lerkit(
      'verify',
      join(dir, 'signed.json'),
      '--resources',
      join(dir, 'map.json'),
      ...NOW,
    );
    expect(verified.stdout).toContain('1 passed, 0 failed');
    expect(verified.code).toBe(0);
  });

  it('is refused for a key file naming another controller, and outside sign and status', async () => {
    const key = join(tmp, 'named.json');
    await lerkit('keygen', '-o', key);
    const result = await lerkit('sign', VALID, '--key', key, '--controller', 'https://x.example');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /names its controller did:key:.*; --controller applies to PEM and JWK keys/,
    );
    expect((await lerkit('verify', VALID, '--controller', 'https://x.example')).stderr).toBe(
      'lerkit: --controller applies to sign and status (with --key)\n',
    );
  });
});

describe('hints name CLI flags', () => {
  it.each([
    [
      'Supply the assertion through resources or a documentLoader, or allow network access (fetch).',
      'Supply the assertion through --resources or --allow-network.',
    ],
    [
      'Supply the did.json through resources, or allow network access.',
      'Supply the did.json through --resources, or pass --allow-network.',
    ],
    [
      'Supply the registry (resources, a documentLoader, or network access) and verify again.',
      'Supply the registry (--resources or --allow-network) and verify again.',
    ],
    [
      'Split the record, or raise limits.credentials for trusted input.',
      'Split the record, or raise --limit credentials=<n> for trusted input.',
    ],
    [
      'Raise `limits.inputBytes` only for trusted input.',
      'Raise --limit inputBytes=<n> only for trusted input.',
    ],
    [
      'Pass `knownIdentifier` (the learner’s identifier).',
      'Pass --known-identifier (the learner’s identifier).',
    ],
    ['Check the clocks (the now and clockSkew options).', 'Check the clocks (--now).'],
    ['Do not accept it now; it may be reinstated.', 'Do not accept it now; it may be reinstated.'],
    [
      'Set requireTrustedIssuer or add the issuer to your trust list.',
      'Set --require-trusted or add the issuer to your --trust list.',
    ],
    // Not option names: left alone.
    ['Use the resourcesMap or myresources.', 'Use the resourcesMap or myresources.'],
  ])('%j → %j', (api, cli) => {
    expect(cliHint(api)).toBe(cli);
  });

  it('no action of the code table keeps an API option name in the CLI', () => {
    for (const [code, { action }] of Object.entries(CODES)) {
      const hint = cliHint(action);
      expect(hint, code).not.toMatch(
        /documentLoader|knownIdentifier|requireTrustedIssuer|\blimits\.[a-z]/i,
      );
      expect(hint, code).not.toMatch(/(?<!--)\bresources\b/);
    }
  });

  it('in the text output (exact lines), while --format json keeps the library’s words', async () => {
    const didWeb = 'fixtures/cli/resources/valid-did-web.json';
    const text = await lerkit('verify', didWeb, ...NOW);
    expect(text.stdout).toContain(
      '      → Supply the did.json through --resources, or pass --allow-network.\n',
    );
    const json = await lerkit('verify', didWeb, ...NOW, '--format', 'json');
    const findings = JSON.parse(json.stdout).results[0].report.findings as { hint: string }[];
    expect(findings.map((f) => f.hint)).toContain(
      'Supply the did.json through resources, or allow network access.',
    );
    const clr = await lerkit(
      'verify',
      'fixtures/cli/valid/clr-valid.json',
      ...NOW,
      '--limit',
      'credentials=1',
    );
    expect(clr.stdout).toContain(
      '→ Split the record, or raise --limit credentials=<n> for trusted input.\n',
    );
  });
});

// A copy of the signed fixture without its proof, its issuer optionally replaced.
function withoutProof(issuer?: string): Record<string, unknown> {
  const credential = JSON.parse(readFileSync(VALID, 'utf8'));
  delete credential.proof;
  if (issuer !== undefined) {
    credential.issuer =
      typeof credential.issuer === 'object' ? { ...credential.issuer, id: issuer } : issuer;
  }
  return credential;
}

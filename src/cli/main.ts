#!/usr/bin/env node
// The `lerkit` command: a thin Node wrapper over the public API.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isLerkitError, validate, verify } from 'lerkit';

const USAGE = `Usage: lerkit <command> [options] <files...>

Commands:
  validate <files...>   Check credentials against the official 1EdTech schemas
  verify <files...>     Verify proofs and validity dates

Options:
  --format text|json    Output format (default: text)
  --now <ISO date>      Verify as of this time (verify only)
  --resources <file>    JSON map of URL -> local file, for DID/controller documents
  -h, --help            Show this help
  -v, --version         Show the version

Exit codes: 0 all valid, 1 some input invalid, 2 usage or I/O error.`;

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`lerkit: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (command !== 'validate' && command !== 'verify') {
    process.stderr.write(`lerkit: unknown command "${command}" (try --help)\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`lerkit: ${command} needs at least one file\n`);
    return 2;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`lerkit: --format must be text or json\n`);
    return 2;
  }
  try {
    const resources = values.resources ? await loadResources(values.resources) : undefined;
    const now = values.now ? new Date(values.now) : undefined;
    if (now && Number.isNaN(now.getTime())) throw new Error(`--now is not a date: ${values.now}`);
    const results = [];
    for (const file of files) {
      const bytes = new Uint8Array(await readFile(file));
      const report =
        command === 'validate'
          ? await validate(bytes, resources ? { resources } : {})
          : await verify(bytes, { ...(resources ? { resources } : {}), ...(now ? { now } : {}) });
      const ok = 'valid' in report ? report.valid : report.verified;
      results.push({ file, ok, report });
    }
    if (format === 'json') {
      process.stdout.write(
        `${JSON.stringify(
          results.map(({ file, report }) => ({ file, ...report })),
          null,
          2,
        )}\n`,
      );
    } else {
      for (const { file, ok, report } of results) {
        process.stdout.write(`${ok ? 'PASS' : 'FAIL'} ${file} (${report.kind})\n`);
        const lines =
          'issues' in report
            ? report.issues.map((i) => `  ${i.severity} ${i.code} ${i.path || '/'}: ${i.message}`)
            : report.checks
                .filter((c) => c.outcome !== 'pass')
                .map((c) => `  ${c.outcome} ${c.id} ${c.code ?? ''}: ${c.message}`);
        for (const line of lines) process.stdout.write(`${line}\n`);
      }
      const failed = results.filter((r) => !r.ok).length;
      process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
    }
    return results.every((r) => r.ok) ? 0 : 1;
  } catch (error) {
    process.stderr.write(
      `lerkit: ${isLerkitError(error) ? error.message : (error as Error).message}\n`,
    );
    return 2;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      now: { type: 'string' },
      resources: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

async function loadResources(mapFile: string): Promise<Record<string, unknown>> {
  const map = JSON.parse(await readFile(mapFile, 'utf8')) as Record<string, string>;
  const base = new URL(`file://${process.cwd()}/`);
  const mapUrl = new URL(mapFile, base);
  const resources: Record<string, unknown> = {};
  for (const [url, file] of Object.entries(map)) {
    resources[url] = JSON.parse(await readFile(new URL(file, mapUrl), 'utf8'));
  }
  return resources;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`lerkit: ${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);

#!/usr/bin/env node
// The `lerkit` command: a thin Node wrapper over the public API. See USAGE in args.ts.
import { readFile } from 'node:fs/promises';
import { type Command, type Options, parseCommandLine, USAGE } from './args.js';
import { runBake, runExtract } from './commands/bake.js';
import { runCheck } from './commands/check.js';
import { runInspect } from './commands/inspect.js';
import { runKeygen } from './commands/keygen.js';
import { runSign } from './commands/sign.js';
import { messageOf } from './errors.js';

const RUN: Record<Command, (options: Options, version: string) => Promise<number>> = {
  validate: runCheck,
  verify: runCheck,
  sign: runSign,
  bake: runBake,
  extract: runExtract,
  keygen: runKeygen,
  inspect: runInspect,
};

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv);
  if ('help' in parsed) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const version = await packageVersion();
  if ('version' in parsed) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  return RUN[parsed.options.command](parsed.options, version);
}

async function packageVersion(): Promise<string> {
  // src/cli/main.ts and dist/cli/main.js are both two levels below package.json.
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

// Any error ends with one `lerkit: …` line and exit code 2 (usage or I/O).
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lerkit: ${messageOf(error).split('\n')[0]}\n`);
    process.exitCode = 2;
  },
);

// The `lerkit` command as a function: argv in, exit code out, output through the injected io.
import { readFile } from 'node:fs/promises';
import { type Command, type Options, parseCommandLine } from './args.js';
import { runBake, runExtract } from './commands/bake.js';
import { runCheck } from './commands/check.js';
import { runConvert } from './commands/convert.js';
import { runInspect } from './commands/inspect.js';
import { runKeygen } from './commands/keygen.js';
import { runSign } from './commands/sign.js';
import { runStatus } from './commands/status.js';
import { messageOf } from './errors.js';
import type { CliIo } from './io.js';
import { commandHelp, generalHelp } from './spec.js';

/** What every command gets besides its options. */
export interface CommandContext {
  readonly io: CliIo;
  readonly version: string;
}

const RUN: Record<Command, (options: Options, context: CommandContext) => Promise<number>> = {
  validate: runCheck,
  verify: runCheck,
  sign: runSign,
  bake: runBake,
  extract: runExtract,
  keygen: runKeygen,
  inspect: runInspect,
  convert: runConvert,
  status: runStatus,
};

/**
 * Runs the CLI. Any error ends with one `lerkit: …` line on stderr and exit code 2 (usage or
 * I/O); 1 means a credential failed; 0 success.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseCommandLine([...argv]);
    if ('help' in parsed) {
      const help = parsed.command === undefined ? generalHelp() : commandHelp(parsed.command);
      await io.stdout.write(`${help}\n`);
      return 0;
    }
    const version = await packageVersion();
    if ('version' in parsed) {
      await io.stdout.write(`${version}\n`);
      return 0;
    }
    const { options } = parsed;
    // --quiet drops the confirmations (`wrote …`) that commands write on stderr.
    return await RUN[options.command](options, {
      io: options.quiet ? { ...io, quiet: true } : io,
      version,
    });
  } catch (error) {
    await io.stderr.write(`lerkit: ${messageOf(error).split('\n')[0]}\n`);
    return 2;
  }
}

async function packageVersion(): Promise<string> {
  // src/cli/run.ts and dist/cli/run.js (or the bundled main.js) are two levels below package.json.
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

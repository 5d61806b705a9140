// Runs the `lerkit` command as a user does: a subprocess of the TypeScript source through tsx.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { run } from '../../src/cli/run.js';
import { REPO_ROOT } from '../helpers/spec.js';

const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');

/** Exit code and output of one run. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `lerkit ...args` in the repository root, with `env` added to the environment. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete environment.NO_COLOR;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', MAIN, ...args],
      { cwd: REPO_ROOT, encoding: 'utf8', env: environment },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * Runs the CLI in-process: its `run()` with captured streams and an empty environment (fast; a few
 * subprocess smoke tests use {@link runCli}).
 */
export async function lerkit(...args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const decoder = new TextDecoder();
  const capture = (into: string[]) => ({
    write: (data: string | Uint8Array) => {
      into.push(typeof data === 'string' ? data : decoder.decode(data));
    },
    isTTY: false,
  });
  const code = await run(args, { stdout: capture(out), stderr: capture(err), env: {} });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

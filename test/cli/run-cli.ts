// Runs the `lerkit` command as a user does: a subprocess of the TypeScript source through tsx.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
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

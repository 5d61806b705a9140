// Where output goes: --output file, or the command's stdout. The streams and the environment are
// injected (CliIo), so the whole CLI runs in-process in tests.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError, messageOf } from './errors.js';

/** A stream the CLI writes to. */
export interface OutputStream {
  /** Writes text or bytes; may return a promise that settles when written. */
  write(data: string | Uint8Array): unknown;
  /** Whether it is a terminal (colours, progress). */
  readonly isTTY?: boolean;
}

/** The CLI's world: its output streams and environment variables. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** --quiet: no confirmations on stderr. */
  readonly quiet?: boolean;
}

/** The process's own streams and environment. */
export function nodeIo(): CliIo {
  const stream = (target: NodeJS.WriteStream): OutputStream => ({
    write: (data) =>
      new Promise<void>((resolve, reject) =>
        target.write(data, (error) => (error ? reject(error) : resolve())),
      ),
    get isTTY() {
      return target.isTTY === true;
    },
  });
  return { stdout: stream(process.stdout), stderr: stream(process.stderr), env: process.env };
}

/** Writes text or bytes to the file (confirmed on stderr), or to stdout when there is none. */
export async function emit(
  io: CliIo,
  data: string | Uint8Array,
  output: string | undefined,
): Promise<void> {
  if (output === undefined) await io.stdout.write(data);
  else {
    await writeOutput(output, data);
    await confirmWrite(io, output);
  }
}

/** Says on stderr that a file was written (`wrote signed.json`), unless --quiet. */
export async function confirmWrite(io: CliIo, file: string): Promise<void> {
  if (io.quiet !== true) await io.stderr.write(`wrote ${file}\n`);
}

/** Creates the folder a file goes in (`keys/` of `keys/x.json`), turning failures into a CliError. */
export async function makeFolderOf(file: string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
  } catch (error) {
    throw new CliError(
      `cannot create the folder of ${file}: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`,
    );
  }
}

/** Writes a file (creating its folder), turning failures into a CliError. */
export async function writeOutput(
  file: string,
  data: string | Uint8Array,
  mode?: number,
): Promise<void> {
  await makeFolderOf(file);
  try {
    await writeFile(file, data, mode === undefined ? {} : { mode });
  } catch (error) {
    throw new CliError(
      `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`,
    );
  }
}

/**
 * Whether text output may use colours: on a terminal, unless NO_COLOR is set; FORCE_COLOR (any
 * value but `0`) turns them on anywhere but in a file.
 */
export function useColor(io: CliIo, output: string | undefined): boolean {
  if (output !== undefined) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}

/** Pretty JSON with a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

// Where output goes: --output file or stdout.
import { writeFile } from 'node:fs/promises';
import { CliError, messageOf } from './errors.js';

/** Writes text or bytes to the file, or to stdout when there is none. */
export async function emit(data: string | Uint8Array, output: string | undefined): Promise<void> {
  if (output === undefined) {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(data, (error) => (error ? reject(error) : resolve())),
    );
    return;
  }
  await writeOutput(output, data);
}

/** Writes a file, turning failures into a CliError. */
export async function writeOutput(
  file: string,
  data: string | Uint8Array,
  mode?: number,
): Promise<void> {
  try {
    await writeFile(file, data, mode === undefined ? {} : { mode });
  } catch (error) {
    throw new CliError(
      `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`,
    );
  }
}

/** Whether text output may use colours. */
export function useColor(output: string | undefined): boolean {
  return (
    output === undefined && process.stdout.isTTY === true && process.env.NO_COLOR === undefined
  );
}

/** Pretty JSON with a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

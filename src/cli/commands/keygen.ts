// `keygen [--type …] [--did key|jwk|web:<domain>]`: a key pair as JSON (and did.json for did:web).
import { lstat, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createDidDocument, didWebUrl, generateKeyPair, type KeyPair } from 'lerkit';
import type { Options } from '../args.js';
import { CliError, messageOf } from '../errors.js';
import { type CliIo, confirmWrite, emit, jsonText, makeFolderOf, writeOutput } from '../io.js';
import type { CommandContext } from '../run.js';

export async function runKeygen(options: Options, { io }: CommandContext): Promise<number> {
  const web = options.did.startsWith('web:') ? `did:${options.did}` : undefined;
  let key: KeyPair;
  try {
    key = await generateKeyPair(
      web
        ? { type: options.type, controller: web }
        : { type: options.type, did: options.did as 'key' | 'jwk' },
    );
  } catch (error) {
    throw new CliError(`cannot generate the key: ${messageOf(error)}`);
  }
  if (!web) {
    if (options.output !== undefined) await refuseOverwrite([options.output], options.force);
    await emitKey(io, key, options.output, options.force);
    if (options.output !== undefined) await confirmWrite(io, options.output);
    return 0;
  }
  const url = didWebUrl(web);
  if (url === undefined) throw new CliError(`not a valid did:web: ${web}`);
  const output = options.output as string;
  const didJson = join(dirname(output), 'did.json');
  await refuseOverwrite([output, didJson], options.force);
  await emitKey(io, key, output, options.force);
  await confirmWrite(io, output);
  await writeOutput(didJson, jsonText(createDidDocument(web, [key])));
  await confirmWrite(io, didJson);
  await io.stdout.write(
    `Wrote ${output} (${key.id}) and ${didJson}.\nPublish ${didJson} at ${url}\n`,
  );
  return 0;
}

// Checked before anything is written, so a refusal leaves every file as it was.
async function refuseOverwrite(files: string[], force: boolean): Promise<void> {
  if (force) return;
  for (const file of files) {
    if (await exists(file)) {
      throw new CliError(`${file} exists; keygen does not overwrite a key without --force`);
    }
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new CliError(
      `cannot check ${file}: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`,
    );
  }
}

async function emitKey(
  io: CliIo,
  key: KeyPair,
  output: string | undefined,
  force: boolean,
): Promise<void> {
  if (output === undefined) return emit(io, jsonText(key), undefined);
  // The key file holds the secret key: readable by its owner only. A new file is created
  // exclusively (`wx`: never through a file or symlink that appeared meanwhile); --force writes a
  // fresh 0600 file beside it and renames it over the old one, whose mode is not kept.
  if (!force) return writeExclusive(output, jsonText(key));
  const temporary = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  await writeExclusive(temporary, jsonText(key));
  try {
    await rename(temporary, output);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliError(
      `cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`,
    );
  }
}

async function writeExclusive(file: string, text: string): Promise<void> {
  await makeFolderOf(file);
  try {
    await writeFile(file, text, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'EEXIST'
        ? `${file} exists; keygen does not overwrite a key without --force`
        : `cannot write ${file}: ${code ?? messageOf(error)}`,
    );
  }
}

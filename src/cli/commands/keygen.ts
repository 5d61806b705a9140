// `keygen [--type …] [--did key|jwk|web:<domain>]`: a key pair as JSON (and did.json for did:web).
import { dirname, join } from 'node:path';
import { createDidDocument, didWebUrl, generateKeyPair, type KeyPair } from 'lerkit';
import type { Options } from '../args.js';
import { CliError, messageOf } from '../errors.js';
import { type CliIo, emit, jsonText, writeOutput } from '../io.js';
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
    await emitKey(io, key, options.output);
    return 0;
  }
  const url = didWebUrl(web);
  if (url === undefined) throw new CliError(`not a valid did:web: ${web}`);
  const output = options.output as string;
  const didJson = join(dirname(output), 'did.json');
  await emitKey(io, key, output);
  await writeOutput(didJson, jsonText(createDidDocument(web, [key])));
  await io.stdout.write(
    `Wrote ${output} (${key.id}) and ${didJson}.\nPublish ${didJson} at ${url}\n`,
  );
  return 0;
}

async function emitKey(io: CliIo, key: KeyPair, output: string | undefined): Promise<void> {
  if (output === undefined) return emit(io, jsonText(key), undefined);
  // The key file holds the secret key: readable by its owner only.
  await writeOutput(output, jsonText(key), 0o600);
}

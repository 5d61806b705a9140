// `sign <file> --key <keyfile> [--suite …]`: prints the signed credential or VC-JWT.
import { importKey, type KeyPair, sign, signJwt } from 'lerkit';
import type { Options } from '../args.js';
import { credentialText, readCredential } from '../credential-file.js';
import { CliError, messageOf } from '../errors.js';
import { loadResources, readText } from '../inputs.js';
import { emit } from '../io.js';
import type { CommandContext } from '../run.js';

export async function runSign(options: Options, { io }: CommandContext): Promise<number> {
  const [file] = options.operands as [string];
  const key = await loadKey(options.key as string);
  const credential = await readCredential(file);
  if (typeof credential === 'string') throw new CliError(`${file}: sign needs a JSON credential`);
  const resources = options.resources
    ? await loadResources(options.resources, options.resourcesRoot)
    : undefined;
  let signed: object | string;
  try {
    // One entry point per format: signJwt for a VC-JWT, sign for an embedded proof.
    signed =
      options.suite === 'vc-jwt'
        ? await signJwt(credential, { key })
        : await sign(credential, {
            key,
            ...(options.suite ? { suite: options.suite } : {}),
            ...(resources ? { resources } : {}),
            ...(options.now ? { created: options.now } : {}),
          });
  } catch (error) {
    throw new CliError(`cannot sign ${file}: ${messageOf(error)}`);
  }
  await emit(io, credentialText(signed), options.output);
  return 0;
}

export async function loadKey(file: string): Promise<KeyPair> {
  const text = await readText(file);
  try {
    return await importKey(text);
  } catch (error) {
    throw new CliError(`cannot use key ${file}: ${messageOf(error)}`);
  }
}

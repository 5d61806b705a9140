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
  const key = await loadKey(options.key as string, options.controller);
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

/**
 * Reads a key file (lerkit key JSON, JWK or PEM). `controller` (--controller) binds a PEM or JWK key
 * to that controller: its verification method id becomes `<controller>#<public key multibase>`
 * (RSA: `#<JWK thumbprint>`), as importKey does. A key that names its own controller keeps it; a different --controller
 * is refused rather than ignored.
 */
export async function loadKey(file: string, controller?: string): Promise<KeyPair> {
  const text = await readText(file);
  let key: KeyPair;
  try {
    key = await importKey(text, controller === undefined ? {} : { controller });
  } catch (error) {
    throw new CliError(`cannot use key ${file}: ${messageOf(error)}`);
  }
  if (controller !== undefined && key.controller !== controller) {
    throw new CliError(
      `${file} names its controller ${key.controller}; --controller applies to PEM and JWK keys that name none`,
    );
  }
  return key;
}

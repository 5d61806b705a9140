// `bake <image> <credential> --output <file>` and `extract <image>`.
import { bake, detectImageFormat, extract } from 'lerkit';
import type { Options } from '../args.js';
import { credentialText, readCredential } from '../credential-file.js';
import { CliError, messageOf } from '../errors.js';
import { readBytes } from '../inputs.js';
import { confirmWrite, emit, writeOutput } from '../io.js';
import type { CommandContext } from '../run.js';

export async function runBake(options: Options, { io }: CommandContext): Promise<number> {
  const [imageFile, credentialFile] = options.operands as [string, string];
  const image = await readBytes(imageFile);
  if (!detectImageFormat(image)) {
    // The usual slip is the two arguments swapped: say which one looks like the image.
    const other = await readBytes(credentialFile);
    throw new CliError(
      detectImageFormat(other)
        ? `${imageFile} is not a PNG or SVG image, but ${credentialFile} is: the image comes first (lerkit bake ${credentialFile} ${imageFile} --output <file>)`
        : `${imageFile} is not a PNG or SVG image (lerkit bake <image> <credential> --output <file>)`,
    );
  }
  const credential = await readCredential(credentialFile);
  let baked: Uint8Array;
  try {
    baked = bake(image, credential);
  } catch (error) {
    throw new CliError(`cannot bake into ${imageFile}: ${messageOf(error)}`);
  }
  await writeOutput(options.output as string, baked);
  await confirmWrite(io, options.output as string);
  return 0;
}

export async function runExtract(options: Options, { io }: CommandContext): Promise<number> {
  const [imageFile] = options.operands as [string];
  const image = await readBytes(imageFile);
  let credential: object | string;
  try {
    credential = (await extract(image)).credential;
  } catch (error) {
    throw new CliError(`${imageFile}: ${messageOf(error)}`);
  }
  await emit(io, credentialText(credential), options.output);
  return 0;
}

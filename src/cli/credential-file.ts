// Reading one credential from a file: JSON, a VC-JWT, or a baked PNG/SVG.
import { detectImageFormat, extract } from 'lerkit';
import { CliError, messageOf } from './errors.js';
import { readBytes } from './inputs.js';

/** The credential in a file: a JSON object, or a compact JWS (VC-JWT) string. */
export async function readCredential(file: string): Promise<object | string> {
  const bytes = await readBytes(file);
  if (detectImageFormat(bytes)) {
    try {
      return (await extract(bytes)).credential;
    } catch (error) {
      throw new CliError(`${file}: ${messageOf(error)}`);
    }
  }
  const text = new TextDecoder()
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .trim();
  if (!text.startsWith('{')) return text;
  try {
    return JSON.parse(text) as object;
  } catch (error) {
    throw new CliError(`${file} is not JSON: ${messageOf(error)}`);
  }
}

/** Text for stdout: JSON pretty-printed, a JWT as is. */
export function credentialText(credential: object | string): string {
  return typeof credential === 'string'
    ? `${credential}\n`
    : `${JSON.stringify(credential, null, 2)}\n`;
}

// Reading one credential from a file: JSON, a VC-JWT, or a baked PNG/SVG.
import { detectImageFormat, extract } from 'lerkit';
import { parseJsonText } from '../internal/json-syntax.js';
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
  // The position, never JSON.parse's message: that quotes the start of the file.
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new CliError(`${file} is ${parsed.message}`);
  return parsed.value as object;
}

/** Text for stdout: JSON pretty-printed, a JWT as is. */
export function credentialText(credential: object | string): string {
  return typeof credential === 'string'
    ? `${credential}\n`
    : `${JSON.stringify(credential, null, 2)}\n`;
}

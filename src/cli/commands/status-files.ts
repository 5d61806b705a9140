// Reading the files of `lerkit status`: a list file (a Bitstring Status List credential or a
// 1EdTech revocation list), and an entry operand (an index, a credential file, a credential id).
import { stat } from 'node:fs/promises';
import {
  type BitstringStatusListCredential,
  isRevocationList,
  parseInput,
  type RevocationList,
} from 'lerkit';
import { readCredential } from '../credential-file.js';
import { CliError } from '../errors.js';
import { readJson } from '../inputs.js';

/** A list file, read: a Bitstring Status List credential or a 1EdTech revocation list. */
export type ListFile =
  | { kind: 'bitstring'; list: BitstringStatusListCredential }
  | { kind: '1edtech'; list: RevocationList };

/** Reads a list file: a BitstringStatusListCredential or a 1EdTech revocation list. */
export async function readList(path: string): Promise<ListFile> {
  const value = await readJson(path);
  if (isRevocationList(value)) return { kind: '1edtech', list: value };
  const types = (value as { type?: unknown })?.type;
  if (Array.isArray(types) && types.includes('BitstringStatusListCredential')) {
    return { kind: 'bitstring', list: value as BitstringStatusListCredential };
  }
  throw new CliError(
    `${path} is neither a BitstringStatusListCredential nor a 1EdTech revocation list`,
  );
}

/** An entry operand: an index, or a credential file. */
export async function bitstringTarget(entry: string): Promise<number | object> {
  if (/^\d+$/.test(entry)) return Number(entry);
  const exists = await stat(entry).catch(() => undefined);
  if (!exists) throw new CliError(`${entry} is neither an index nor a credential file`);
  return credentialOf(entry);
}

/** An entry operand of a 1EdTech list: a credential id, or a credential file. */
export async function revocationTarget(entry: string): Promise<string | { id?: unknown }> {
  const exists = await stat(entry).catch(() => undefined);
  return exists ? credentialOf(entry) : entry;
}

async function credentialOf(file: string): Promise<object> {
  const credential = await readCredential(file);
  if (typeof credential !== 'string') return credential;
  const parsed = parseInput(credential);
  if (!parsed.ok) throw new CliError(`${file} is not a credential`);
  return parsed.document;
}

// `status show <list> [<entry>]`: what a status list says, as text or JSON.
import { stat } from 'node:fs/promises';
import { readRevocationListEntry, readStatusEntry, readStatusList } from 'lerkit';
import type { Options } from '../args.js';
import { CliError, messageOf } from '../errors.js';
import { readJson } from '../inputs.js';
import { emit, jsonText } from '../io.js';
import type { CommandContext } from '../run.js';
import type { StatusArgs } from '../status-args.js';
import { bitstringTarget, type ListFile, revocationTarget } from './status-files.js';

const MEANING = { revocation: 'revoked', suspension: 'suspended', message: 'set' } as const;

export async function showStatus(
  options: Options,
  args: StatusArgs,
  file: ListFile,
  { io }: CommandContext,
): Promise<number> {
  if (options.format !== 'text' && options.format !== 'json') {
    throw new CliError('status show supports --format text or json');
  }
  const json = options.format === 'json';
  const text =
    file.kind === '1edtech'
      ? await showRevocationList(args, file, json)
      : await showBitstring(args, file, json);
  await emit(io, text, options.output);
  return 0;
}

async function showBitstring(
  args: StatusArgs,
  file: Extract<ListFile, { kind: 'bitstring' }>,
  json: boolean,
): Promise<string> {
  const size = args.statusSize ? { statusSize: args.statusSize } : {};
  try {
    if (args.entry !== undefined) {
      const entry = await readStatusEntry(file.list, await bitstringTarget(args.entry), size);
      if (json) return jsonText(entry);
      const state = entry.set
        ? MEANING[entry.statusPurpose]
        : `not ${MEANING[entry.statusPurpose]}`;
      const message = entry.message ? ` (${entry.message})` : '';
      return `entry ${entry.index} of ${file.list.id}: ${state}, value ${entry.value}${message}\n`;
    }
    const summary = await readStatusList(file.list, size);
    const allocation = await allocationOf(args.allocation, file.list.id);
    if (json)
      return jsonText(allocation ? { ...summary, allocated: allocation.allocated } : summary);
    const set = summary.set.map((s) => (s.value === 1 ? String(s.index) : `${s.index}=${s.value}`));
    return [
      `${summary.id}  BitstringStatusList  ${summary.statusPurpose}`,
      `  issuer: ${summary.issuer ?? '(none)'}  valid from ${summary.validFrom ?? '?'}${summary.validUntil ? ` until ${summary.validUntil}` : ''}  ${summary.signed ? 'signed' : 'NOT SIGNED'}`,
      `  entries: ${summary.entries}, ${MEANING[summary.statusPurpose]}: ${summary.set.length}${set.length > 0 ? ` (${set.slice(0, 20).join(', ')}${set.length > 20 ? ', …' : ''})` : ''}`,
      ...(allocation ? [`  allocated: ${allocation.allocated} (${args.allocation})`] : []),
      '',
    ].join('\n');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${args.list}: ${messageOf(error)}`);
  }
}

async function showRevocationList(
  args: StatusArgs,
  file: Extract<ListFile, { kind: '1edtech' }>,
  json: boolean,
): Promise<string> {
  if (args.entry !== undefined) {
    let entry: ReturnType<typeof readRevocationListEntry>;
    try {
      entry = readRevocationListEntry(file.list, await revocationTarget(args.entry));
    } catch (error) {
      throw new CliError(`cannot read ${args.list}: ${messageOf(error)}`);
    }
    if (json) return jsonText(entry);
    return `${args.entry}: ${entry.revoked ? `revoked${entry.reason ? ` (${entry.reason})` : ''}` : 'not revoked'}\n`;
  }
  if (json) return jsonText(file.list);
  const ids = file.list.revokedCredentials.map(
    (c) => `  ${c.id}${c.revocationReason ? ` (${c.revocationReason})` : ''}`,
  );
  return [
    `${file.list.id}  1EdTechRevocationList  issuer ${file.list.issuer}`,
    `  revoked: ${ids.length}`,
    ...ids,
    '',
  ].join('\n');
}

async function allocationOf(
  path: string,
  listId: string,
): Promise<{ allocated: number } | undefined> {
  if (!(await stat(path).catch(() => undefined))) return undefined;
  const state = (await readJson(path)) as { statusListCredential?: unknown; allocated?: unknown };
  return state?.statusListCredential === listId && typeof state.allocated === 'number'
    ? { allocated: state.allocated }
    : undefined;
}

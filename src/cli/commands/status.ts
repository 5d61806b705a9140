// `status create | allocate | revoke | suspend | reinstate | show`: an issuer's status lists as
// files. The list file is what you host; the allocation state beside it (<list>.allocation.json)
// records which entries are taken and is never hosted. Changes re-sign the list with --key.
import { stat } from 'node:fs/promises';
import {
  allocateStatusEntries,
  type BitstringStatusListCredential,
  createRevocationList,
  createStatusList,
  type KeyPair,
  reinstateInRevocationList,
  reinstateStatusEntry,
  revocationListEntry,
  revokeInRevocationList,
  revokeStatusEntry,
  type StatusListAllocation,
  signStatusList,
  suspendStatusEntry,
} from 'lerkit';
import type { Options } from '../args.js';
import { CliError, messageOf } from '../errors.js';
import { readJson } from '../inputs.js';
import { confirmWrite, emit, jsonText, writeOutput } from '../io.js';
import type { CommandContext } from '../run.js';
import type { StatusArgs } from '../status-args.js';
import { loadKey } from './sign.js';
import { bitstringTarget, type ListFile, readList, revocationTarget } from './status-files.js';
import { showStatus } from './status-show.js';

export async function runStatus(options: Options, context: CommandContext): Promise<number> {
  const args = options.status as StatusArgs;
  if (args.action === 'create') return create(options, args, context);
  const file = await readList(args.list);
  switch (args.action) {
    case 'allocate':
      return allocate(options, args, file, context);
    case 'show':
      return showStatus(options, args, file, context);
    default:
      return change(options, args, file, context);
  }
}

async function create(options: Options, args: StatusArgs, { io }: CommandContext): Promise<number> {
  await refuseExisting(args.list);
  if (args.listType === '1edtech') {
    const key =
      options.key === undefined ? undefined : await loadKey(options.key, options.controller);
    const issuer = args.issuer ?? key?.controller;
    if (issuer === undefined)
      throw new CliError('status create --list-type 1edtech needs --issuer (or --key)');
    const list = await library('create the list', async () =>
      createRevocationList({ id: args.id as string, issuer }),
    );
    await writeOutput(args.list, jsonText(list));
    await confirmWrite(io, args.list);
    await io.stdout.write(
      `Created the 1EdTech revocation list ${list.id} in ${args.list}: host it at ${list.id}\n`,
    );
    return 0;
  }
  const key = await requiredKey(options, 'status create');
  await refuseExisting(args.allocation);
  const { credential, allocation } = await library('create the list', () =>
    createStatusList({
      id: args.id as string,
      issuer: key.controller,
      ...(args.purpose ? { statusPurpose: args.purpose } : {}),
      ...(args.length ? { length: args.length } : {}),
      ...(args.statusSize ? { statusSize: args.statusSize } : {}),
      ...(args.statusMessages.length > 0 ? { statusMessages: args.statusMessages } : {}),
      ...(args.validUntil ? { validUntil: args.validUntil } : {}),
      ...(options.now ? { validFrom: options.now } : {}),
    }),
  );
  const signed = await signList(credential, key, options, args);
  // The allocation state first: a list without its state could never allocate safely.
  await writeOutput(args.allocation, jsonText(allocation));
  await confirmWrite(io, args.allocation);
  await writeOutput(args.list, jsonText(signed));
  await confirmWrite(io, args.list);
  await io.stdout.write(
    `Created the ${allocation.statusPurpose} list ${credential.id} (${allocation.length} entries), signed by ${key.id}.\n` +
      `  ${args.list}: host it at ${credential.id}\n` +
      `  ${args.allocation}: the allocation state; keep it safe and private, never host it\n`,
  );
  return 0;
}

async function allocate(
  options: Options,
  args: StatusArgs,
  file: ListFile,
  { io }: CommandContext,
): Promise<number> {
  if (file.kind === '1edtech') {
    await emit(io, jsonText(revocationListEntry(file.list)), options.output);
    return 0;
  }
  const state = (await readJson(args.allocation).catch((error) => {
    throw new CliError(
      `no allocation state for ${args.list}: ${messageOf(error)} (pass --allocation <file>)`,
    );
  })) as StatusListAllocation;
  if (state?.statusListCredential !== file.list.id) {
    throw new CliError(
      `${args.allocation} is the allocation state of another list than ${file.list.id}`,
    );
  }
  const { allocation, entries } = await library('allocate', async () =>
    allocateStatusEntries(state, args.count),
  );
  await writeOutput(args.allocation, jsonText(allocation));
  await confirmWrite(io, args.allocation);
  const statuses = entries.map((e) => e.credentialStatus);
  await emit(io, jsonText(args.count === 1 ? statuses[0] : statuses), options.output);
  return 0;
}

async function change(
  options: Options,
  args: StatusArgs,
  file: ListFile,
  { io }: CommandContext,
): Promise<number> {
  const output = options.output ?? args.list;
  if (file.kind === '1edtech') {
    const target = await revocationTarget(args.entry as string);
    const list = await library(args.action, async () => {
      if (args.action === 'revoke')
        return revokeInRevocationList(
          file.list,
          target,
          args.reason ? { reason: args.reason } : {},
        );
      if (args.action === 'reinstate')
        return reinstateInRevocationList(file.list, target, {
          undoRevocation: args.undoRevocation,
        });
      throw new CliError('a 1EdTech revocation list can revoke and reinstate, not suspend');
    });
    await writeOutput(output, jsonText(list));
    await confirmWrite(io, output);
    await io.stdout.write(
      `${done(args.action)} ${typeof target === 'string' ? target : target.id} in ${list.id}; the list is in ${output}: publish it at ${list.id}\n`,
    );
    return 0;
  }
  const key = await requiredKey(options, `status ${args.action}`);
  const target = await bitstringTarget(args.entry as string);
  const updated = await library(args.action, () => {
    if (args.action === 'revoke') return revokeStatusEntry(file.list, target);
    if (args.action === 'suspend') return suspendStatusEntry(file.list, target);
    return reinstateStatusEntry(file.list, target, { undoRevocation: args.undoRevocation });
  });
  const signed = await signList(updated, key, options, args);
  await writeOutput(output, jsonText(signed));
  await confirmWrite(io, output);
  const what = typeof target === 'number' ? `entry ${target}` : 'the credential’s entry';
  await io.stdout.write(
    `${done(args.action)} ${what} of ${signed.id}; the re-signed list is in ${output}: publish it at ${signed.id}\n`,
  );
  return 0;
}

async function signList(
  list: BitstringStatusListCredential,
  key: KeyPair,
  options: Options,
  args: StatusArgs,
): Promise<BitstringStatusListCredential> {
  return library('sign the list', () =>
    signStatusList(list, {
      key,
      ...(options.now ? { created: options.now } : {}),
      ...(args.validUntil && args.action !== 'create' ? { validUntil: args.validUntil } : {}),
    }),
  );
}

async function requiredKey(options: Options, what: string): Promise<KeyPair> {
  if (options.key === undefined)
    throw new CliError(`${what} needs --key (the list issuer's key signs the list)`);
  return loadKey(options.key, options.controller);
}

async function refuseExisting(file: string): Promise<void> {
  if (await stat(file).catch(() => undefined)) {
    throw new CliError(
      `${file} exists: status create never overwrites a list or its allocation state`,
    );
  }
}

// Library misuse (an entry of another list, a revocation without --undo-revocation…) ends the
// command with one line, as every CLI error does.
async function library<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot ${what}: ${messageOf(error)}`);
  }
}

function done(action: StatusArgs['action']): string {
  return (
    { revoke: 'Revoked', suspend: 'Suspended', reinstate: 'Reinstated' }[action as 'revoke'] ??
    action
  );
}

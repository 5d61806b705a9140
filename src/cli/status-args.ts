// The options of `lerkit status`: which action, on which list, with what.
import { CliError } from './errors.js';
import { OPTION_SPECS } from './spec.js';

export const STATUS_ACTIONS = [
  'create',
  'allocate',
  'revoke',
  'suspend',
  'reinstate',
  'show',
] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

const PURPOSES = ['revocation', 'suspension', 'message'] as const;
const LIST_TYPES = ['bitstring', '1edtech'] as const;

type StatusValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** What `status` was asked to do. */
export interface StatusArgs {
  action: StatusAction;
  /** The list file. */
  list: string;
  /** The entry: an index, a credential file, or a credential id. */
  entry?: string;
  listType: (typeof LIST_TYPES)[number];
  id?: string;
  issuer?: string;
  purpose?: (typeof PURPOSES)[number];
  length?: number;
  statusSize?: number;
  statusMessages: string[];
  validUntil?: Date;
  /** The allocation state file. */
  allocation: string;
  count: number;
  reason?: string;
  undoRevocation: boolean;
}

/** Reads the status operands and options; throws CliError for a bad invocation. */
export function statusArgsOf(operands: readonly string[], values: StatusValues): StatusArgs {
  const [action, list, entry] = operands as [string, string, string | undefined];
  if (!(STATUS_ACTIONS as readonly string[]).includes(action)) {
    throw new CliError(`unknown status action "${action}" (expected ${STATUS_ACTIONS.join(', ')})`);
  }
  const needsEntry = ['revoke', 'suspend', 'reinstate'].includes(action);
  if (needsEntry && entry === undefined)
    throw new CliError(`usage: lerkit status ${action} <list> <entry> --key <keyfile>`);
  if (!needsEntry && action !== 'show' && entry !== undefined)
    throw new CliError(`usage: lerkit status ${action} <list>`);
  const args: StatusArgs = {
    action: action as StatusAction,
    list,
    listType: oneOf('--list-type', LIST_TYPES, string(values['list-type']) ?? 'bitstring'),
    statusMessages: (values['status-message'] as string[] | undefined) ?? [],
    allocation: string(values.allocation) ?? `${list.replace(/\.json$/i, '')}.allocation.json`,
    count: positive('--count', string(values.count)) ?? 1,
    undoRevocation: values['undo-revocation'] === true,
  };
  if (entry !== undefined) args.entry = entry;
  for (const [key, flag] of [
    ['id', 'id'],
    ['issuer', 'issuer'],
    ['reason', 'reason'],
  ] as const) {
    const value = string(values[flag]);
    if (value !== undefined) args[key] = value;
  }
  const purpose = string(values.purpose);
  if (purpose !== undefined) args.purpose = oneOf('--purpose', PURPOSES, purpose);
  const length = positive('--length', string(values.length));
  if (length !== undefined) args.length = length;
  const size = positive('--status-size', string(values['status-size']));
  if (size !== undefined) args.statusSize = size;
  const until = string(values['valid-until']);
  if (until !== undefined) args.validUntil = dateOf(until);
  if (action === 'create' && args.id === undefined)
    throw new CliError('status create needs --id <url>');
  return args;
}

/** Throws when a status-only option is given to another command. */
export function rejectStatusOptions(values: StatusValues): void {
  // Options of status alone (--issuer is convert's too: checked with the other command options).
  for (const { name, commands } of OPTION_SPECS) {
    if (commands === 'all' || commands.length !== 1 || commands[0] !== 'status') continue;
    if (values[name] !== undefined) throw new CliError(`--${name} is an option of status`);
  }
}

function string(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function oneOf<T extends string>(name: string, list: readonly T[], value: string): T {
  if (!(list as readonly string[]).includes(value))
    throw new CliError(`${name} must be one of ${list.join(', ')}`);
  return value as T;
}

function positive(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1) {
    throw new CliError(`${name} must be a positive integer, got "${text}"`);
  }
  return n;
}

function dateOf(text: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new CliError(`--valid-until is not a date: ${text}`);
  return date;
}

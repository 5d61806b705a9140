// Command-line parsing: the options (from the table in spec.ts) and their checks.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { type Limits, resolveLimits } from 'lerkit';
import { suggest } from '../internal/suggest.js';
import { CliError, messageOf } from './errors.js';
import {
  COMMAND_SPECS,
  COMMANDS,
  type Command,
  OPTION_SPECS,
  optionSpec,
  parseArgsOptions,
  takes,
} from './spec.js';
import { rejectStatusOptions, type StatusArgs, statusArgsOf } from './status-args.js';

export { COMMANDS, type Command } from './spec.js';

export const FORMATS = ['text', 'json', 'jsonl', 'junit', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export const SUITES = [
  'eddsa-rdfc-2022',
  'eddsa-jcs-2022',
  'ecdsa-rdfc-2019',
  'ecdsa-sd-2023',
  'Ed25519Signature2020',
  'vc-jwt',
] as const;
export type Suite = (typeof SUITES)[number];

export const KEY_TYPES = ['Ed25519', 'P-256', 'RSA'] as const;
export type KeyType = (typeof KEY_TYPES)[number];

/** A recipient to match: a subject id, or an identifier of a given type. */
export type KnownIdentifierArg = string | { identityType: string; value: string };

/** Everything the commands need, checked. */
export interface Options {
  command: Command;
  operands: string[];
  format: Format;
  output?: string;
  resources?: string;
  resourcesRoot?: string;
  force: boolean;
  now?: Date;
  allowNetwork: boolean;
  knownIdentifier?: KnownIdentifierArg;
  profile?: string;
  strict: boolean;
  concurrency: number;
  key?: string;
  suite?: Suite;
  type: KeyType;
  did: string;
  issuer?: string;
  /** --trust files (verify). */
  trust: string[];
  /** --kind vc (validate, verify): generic VC mode. */
  kind?: 'vc';
  /** --limit name=value (validate, verify): the limits changed. */
  limits?: Partial<Limits>;
  /** --require-trusted (verify). */
  requireTrusted: boolean;
  /** The `status` subcommand and its options. */
  status?: StatusArgs;
  /** --quiet: the summary and the exit code only, no confirmations. */
  quiet: boolean;
  /** --verbose (validate, verify): every finding and every check. */
  verbose: boolean;
  /** --controller (sign, status): the controller a PEM or JWK key is bound to. */
  controller?: string;
  /** --workers (validate, verify): worker threads; default: one per core, 1 under 200 files. */
  workers?: number;
}

/** What the command line asks for: help (of one command, or all), the version, or a command. */
export type Parsed = { help: true; command?: Command } | { version: true } | { options: Options };

type Values = ReturnType<typeof parseArgs>['values'];

/** Parses argv; throws CliError for anything wrong with the invocation. */
export function parseCommandLine(argv: string[]): Parsed {
  checkOptionNames(argv);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: parseArgsOptions(),
    });
  } catch (error) {
    // Node's messages go on with advice about `--`; the first sentence is the point.
    throw new CliError(messageOf(error).split(/\.\s/)[0] ?? 'bad arguments');
  }
  const { values, positionals } = parsed;
  const first = positionals[0];
  // `lerkit help [<command>]` is `lerkit [<command>] --help`.
  if (first === 'help') {
    const topic = positionals[1];
    return topic === undefined ? { help: true } : { help: true, command: commandOf(topic) };
  }
  if (values.help)
    return first === undefined ? { help: true } : { help: true, command: commandOf(first) };
  if (values.version) return { version: true };
  const [command, ...operands] = positionals;
  if (command === undefined) throw new CliError('no command given (try --help)');
  commandOf(command);
  checkArity(command as Command, operands);
  const options: Options = {
    command: command as Command,
    operands,
    format: oneOf('--format', FORMATS, str(values.format) ?? 'text'),
    allowNetwork: values['allow-network'] === true,
    strict: values.strict === true,
    force: values.force === true,
    concurrency: concurrencyOf(str(values.concurrency)),
    type: oneOf('--type', KEY_TYPES, str(values.type) ?? 'Ed25519'),
    did: str(values.did) ?? (values.type === 'RSA' ? 'jwk' : 'key'),
    trust: list(values.trust),
    requireTrusted: values['require-trusted'] === true,
    quiet: values.quiet === true,
    verbose: values.verbose === true,
  };
  const workers = str(values.workers);
  if (workers !== undefined) options.workers = concurrencyOf(workers, '--workers');
  if (command === 'status') options.status = statusArgsOf(operands, values);
  else rejectStatusOptions(values);
  const output = str(values.output);
  if (output !== undefined) options.output = output;
  const resources = str(values.resources);
  if (resources !== undefined) options.resources = resources;
  const resourcesRoot = str(values['resources-root']);
  if (resourcesRoot !== undefined) {
    if (resources === undefined) throw new CliError('--resources-root needs --resources');
    options.resourcesRoot = resourcesRoot;
  }
  const now = str(values.now);
  if (now !== undefined) options.now = dateOf(now);
  const known = str(values['known-identifier']);
  if (known !== undefined) options.knownIdentifier = parseKnownIdentifier(known);
  const profile = str(values.profile);
  if (profile !== undefined) options.profile = profile;
  const key = str(values.key);
  if (key !== undefined) options.key = key;
  const controller = str(values.controller);
  if (controller !== undefined) options.controller = controller;
  const suite = str(values.suite);
  if (suite !== undefined) options.suite = oneOf('--suite', SUITES, suite);
  const issuer = str(values.issuer);
  if (issuer !== undefined) options.issuer = issuer;
  if (values.limit !== undefined) options.limits = limitsOf(list(values.limit), options.command);
  if (values.kind !== undefined) {
    if (values.kind !== 'vc') throw new CliError(`--kind must be vc, not "${values.kind}"`);
    if (command !== 'validate' && command !== 'verify') {
      throw new CliError('--kind applies to validate and verify');
    }
    options.kind = 'vc';
  }
  checkCommandOptions(options);
  checkOptionsTaken(options.command, values);
  return { options };
}

function checkArity(command: Command, operands: string[]): void {
  const { min, max, usage } = COMMAND_SPECS[command];
  if (operands.length < min || operands.length > max) {
    throw new CliError(`usage: lerkit ${usage}`);
  }
}

function checkCommandOptions(options: Options): void {
  const { command, format } = options;
  if (command === 'sign' && options.key === undefined) throw new CliError('sign needs --key');
  if (options.controller !== undefined && command !== 'sign' && command !== 'status') {
    throw new CliError('--controller applies to sign and status (with --key)');
  }
  if (options.quiet && options.verbose)
    throw new CliError('--quiet and --verbose exclude each other');
  if (options.verbose && command !== 'validate' && command !== 'verify') {
    throw new CliError('--verbose applies to validate and verify');
  }
  if (options.profile !== undefined && command !== 'validate' && command !== 'verify') {
    throw new CliError('--profile applies to validate and verify');
  }
  if (command !== 'verify' && (options.trust.length > 0 || options.requireTrusted)) {
    throw new CliError('--trust and --require-trusted are options of verify');
  }
  if (options.requireTrusted && options.trust.length === 0) {
    throw new CliError('--require-trusted needs --trust: nothing could be trusted');
  }
  if (command === 'bake' && options.output === undefined) throw new CliError('bake needs --output');
  if ((command === 'inspect' || command === 'convert') && format !== 'text' && format !== 'json') {
    throw new CliError(`${command} supports --format text or json`);
  }
  if (options.issuer !== undefined && command !== 'convert' && command !== 'status') {
    throw new CliError('--issuer applies to convert and status create');
  }
  if (command === 'keygen' && options.did.startsWith('web:')) {
    if (!/^web:[^\s/:#?]+(:[^\s/#?]+)*$/.test(options.did)) {
      throw new CliError(`--did web:<domain> needs a domain, got "${options.did}"`);
    }
    if (options.output === undefined) {
      throw new CliError('keygen --did web:<domain> needs --output (did.json goes next to it)');
    }
  } else if (command === 'keygen' && options.did !== 'key' && options.did !== 'jwk') {
    throw new CliError(`--did must be key, jwk or web:<domain>, got "${options.did}"`);
  }
}

// A command name, or a usage error that suggests the nearest ones.
function commandOf(name: string): Command {
  if (isOneOf(COMMANDS, name)) return name;
  throw new CliError(
    `unknown command "${name}"${didYouMean(suggest(name, [...COMMANDS, 'help'], { limit: 1 }))} (try --help)`,
  );
}

// Unknown options are found before parseArgs, to suggest the nearest known ones: parseArgs only
// says "Unknown option". Values of string options are skipped (a value may start with "-").
function checkOptionNames(argv: readonly string[]): void {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (token === '--') return;
    if (token.startsWith('--')) {
      const name = token.slice(2).split('=')[0] as string;
      const option = optionSpec(name);
      if (option === undefined) {
        const names = OPTION_SPECS.map((o) => `--${o.name}`);
        throw new CliError(
          `unknown option --${name}${didYouMean(suggest(`--${name}`, names, { limit: 1 }))}`,
        );
      }
      if (option.type === 'string' && !token.includes('=')) i++;
    } else if (token.startsWith('-') && token.length > 1) {
      for (let at = 1; at < token.length; at++) {
        const letter = token[at] as string;
        const option = OPTION_SPECS.find((o) => o.short === letter);
        // One letter is one edit from every other: no suggestion, the list is in the help.
        if (option === undefined) throw new CliError(`unknown option -${letter} (try --help)`);
        if (option.type === 'string') {
          if (at === token.length - 1) i++;
          break;
        }
      }
    }
  }
}

// An option of another command is a mistake, not something to ignore silently. (The checks
// above give the specific messages; this one catches the rest, from the table.)
function checkOptionsTaken(command: Command, values: Values): void {
  for (const [name, value] of Object.entries(values)) {
    const option = optionSpec(name);
    if (value === undefined || option === undefined || takes(command, option)) continue;
    const owners = option.commands === 'all' ? [] : option.commands;
    throw new CliError(
      `--${name} is not an option of ${command} (it applies to ${owners.join(', ')})`,
    );
  }
}

/** `; did you mean --format?`, or nothing when there is no suggestion. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const last = suggestions[suggestions.length - 1] as string;
  const names =
    suggestions.length === 1 ? last : `${suggestions.slice(0, -1).join(', ')} or ${last}`;
  return `; did you mean ${names}?`;
}

function str(value: Values[string]): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function list(value: Values[string]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function oneOf<T extends string>(name: string, list: readonly T[], value: string): T {
  if (!isOneOf(list, value)) throw new CliError(`${name} must be one of ${list.join(', ')}`);
  return value;
}

function dateOf(text: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new CliError(`--now is not a date: ${text}`);
  return date;
}

function concurrencyOf(text: string | undefined, name = '--concurrency'): number {
  if (text === undefined) return availableParallelism();
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    throw new CliError(`${name} must be a positive integer, got "${text}"`);
  }
  return n;
}

const SUBJECT_ID_SCHEMES = ['did', 'http', 'https', 'urn'];

/**
 * `did:…`, `http(s):…` and `urn:…` are subject ids; anything else is `<identityType>:<value>`
 * (split at the first colon).
 */
export function parseKnownIdentifier(text: string): KnownIdentifierArg {
  const colon = text.indexOf(':');
  const scheme = colon > 0 ? text.slice(0, colon) : '';
  if (SUBJECT_ID_SCHEMES.includes(scheme.toLowerCase())) return text;
  if (colon <= 0 || colon === text.length - 1) {
    throw new CliError(
      `--known-identifier must be a subject id (did:, http(s):, urn:) or <identityType>:<value>, got "${text}"`,
    );
  }
  return { identityType: scheme, value: text.slice(colon + 1) };
}

// --limit name=value, repeatable: checked here (a typo is a usage error, exit 2).
function limitsOf(flags: string[], command: Command): Partial<Limits> {
  if (command !== 'validate' && command !== 'verify') {
    throw new CliError('--limit applies to validate and verify');
  }
  const limits: Record<string, number> = {};
  for (const flag of flags) {
    const match = /^([A-Za-z]+)=(\d+)$/.exec(flag);
    if (!match) throw new CliError(`--limit takes <name>=<positive integer>, not "${flag}"`);
    limits[match[1] as string] = Number(match[2]);
  }
  try {
    resolveLimits(limits);
  } catch (error) {
    throw new CliError(`--limit: ${(error as Error).message}`);
  }
  return limits as Partial<Limits>;
}

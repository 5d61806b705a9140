// Command-line parsing: the options, their checks, and the help text.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { type Limits, resolveLimits } from 'lerkit';
import { CliError, messageOf } from './errors.js';
import {
  rejectStatusOptions,
  STATUS_OPTIONS,
  type StatusArgs,
  statusArgsOf,
} from './status-args.js';

export const COMMANDS = [
  'validate',
  'verify',
  'sign',
  'bake',
  'extract',
  'keygen',
  'inspect',
  'convert',
  'status',
] as const;
export type Command = (typeof COMMANDS)[number];

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
  /** --workers (validate, verify): worker threads; default: one per core, 1 under 200 files. */
  workers?: number;
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
}

export type Parsed = { help: true } | { version: true } | { options: Options };

const STATUS_USAGE = `  --list-type bitstring|1edtech    status create: a W3C Bitstring Status List (default) or a
                                   1EdTech revocation list
  --id <url>                       status create: the https URL the list will be hosted at
  --issuer <id>                    status create: the issuer id of a 1edtech list (else --key's)
  --purpose revocation|suspension|message
                                   status create: the list's purpose (default revocation)
  --length <N>                     status create: entries (default 131072)
  --status-size <bits>             status create: bits per entry of a message list (1-8)
  --status-message <text>          status create: a message list's message for each value, in
                                   order (repeatable: 2^status-size of them)
  --valid-until <ISO date>         status create|revoke|suspend|reinstate: the list's end of
                                   validity (re-sign before it)
  --allocation <file>              status: the allocation state (default <list>.allocation.json)
  --count <N>                      status allocate: entries to allocate (prints an array)
  --reason <text>                  status revoke: the revocation reason (1edtech lists)
  --undo-revocation                status reinstate: clear a revocation made in error (the spec
                                   calls revocation final)
  <entry> (status)                 an index, a credential file, or (1edtech) a credential id
`;

export const USAGE = `Usage: lerkit <command> [options] <operands...>

Commands:
  validate <inputs...>          Check credentials against the 1EdTech schemas and rules
  verify <inputs...>            Verify proofs, status, validity dates, recipient, nested credentials
  sign <file> --key <keyfile>   Sign a credential; prints it (or the VC-JWT) to stdout or --output
  bake <image> <credential>     Bake a credential into a PNG or SVG (--output required)
  extract <image>               Print the credential baked into a PNG or SVG
  keygen                        Generate a key pair (JSON) to stdout or --output
  inspect <file>                Summarise a credential: kind, issuer, subject, dates, proofs, status
  convert <input>               Convert an Open Badges 2.0 assertion (JSON, JWS, baked image or
                                hosted URL) to an unsigned OB 3.0 OpenBadgeCredential; what OB 3.0
                                cannot carry is listed on stderr
  status create <list> --id <url> --key <keyfile>
                                Create a status list (signed) and its allocation state
  status allocate <list>        Allocate an entry at random; prints the credentialStatus to add
  status revoke|suspend|reinstate <list> <entry> --key <keyfile>
                                Change an entry and re-sign the list (in place, or --output)
  status show <list> [<entry>]  Summarise a status list, or show one entry

Inputs of validate/verify are files, directories or globs. A directory means every *.json, *.jwt,
*.png and *.svg inside it, recursively (skipping dot-directories and node_modules); a glob (*
within a path segment, ** across segments, ?) picks the files it matches with those extensions.
Quote globs so the shell does not expand them.
Files are JSON credentials, VC-JWTs (compact JWS text), or baked PNG/SVG images. verify also
takes an Open Badges 2.0 hosted assertion's URL (loaded from --resources, or with --allow-network).

Options:
  --format text|json|jsonl|junit|sarif
                                   Output of validate/verify (default text); inspect: text|json;
                                   convert: text (the credential) or json ({ credential, lost,
                                   changed })
  -o, --output <file>              Write the output to a file instead of stdout
  --resources <map.json>           JSON object: URL -> local file (relative to the map file), for
                                   DID documents, status lists, contexts… (.jwt files read as text).
                                   Files must be inside the map's folder (symlinks resolved)
  --resources-root <dir>           Allow map entries anywhere inside <dir> instead (absolute paths
                                   too, if inside it)
  --now <ISO date>                 Verify as of this time
  --allow-network                  Fetch documents over HTTPS from public addresses only (3
                                   redirects, 10 s timeout, 2 MiB max); off by default: nothing
                                   is fetched
  --known-identifier <id>          The recipient you expect (verify). A value starting with did:,
                                   http:, https: or urn: is a subject id; anything else is
                                   <identityType>:<value>, e.g. emailAddress:a@example.com
  --profile <name|file>            Check a quality profile's requirements too (validate, verify):
                                   a built-in name (aacrao-microcredential) or a profile JSON
                                   file (write ./<name> for a file named like a built-in)
  --kind vc                        validate, verify: any W3C Verifiable Credential, by the VC Data
                                   Model rules alone (default: Open Badges 3.0, CLR 2.0 or
                                   endorsement credentials only)
  --limit <name>=<n>               validate, verify: change a limit (repeatable), e.g.
                                   --limit credentials=2000 --limit inputBytes=33554432; names:
                                   inputBytes, jsonDepth, proofs, multibaseLength, urlLength,
                                   endorsements, credentials, nestingDepth, statusEntries,
                                   statusListBytes, statusListDecompressedBytes, jwtBytes,
                                   imageBytes, imageChunks (see docs/security.md)
  --strict                         Warnings fail: exit 1 when a report has status "warning"
  --concurrency <N>                Files checked at once, per worker (default: available
                                   parallelism)
  --workers <N>                    validate, verify: worker threads (default: one per core, 1
                                   for fewer than 200 files); reports stream in input order
  --key <keyfile>                  sign: key pair JSON (from keygen), JWK or PEM
  --suite <suite>                  sign: eddsa-rdfc-2022, eddsa-jcs-2022, ecdsa-rdfc-2019,
                                   ecdsa-sd-2023, Ed25519Signature2020 or vc-jwt (default: by
                                   key type)
  --type Ed25519|P-256|RSA         keygen: key type (default Ed25519)
  --did key|jwk|web:<domain>       keygen: identifier (default key; jwk for RSA). web:<domain>
                                   also writes did.json next to the key file (--output required)
  --force                          keygen: overwrite an existing key file (and did.json); the new
                                   key file is written with mode 0600
  --issuer <id>                    convert: the OB 3.0 issuer id (e.g. a DID) that will sign the
                                   credential (default: the OB 2.0 issuer's id)
  --trust <file>                   verify: issuers you trust (repeatable): a JSON array of DIDs,
                                   domains and https origins; a DCC registry file
                                   ({ meta, registry }); or a JSON array of registries
                                   ({ name, type: dcc-legacy|oidf, url }) read via --resources
  --require-trusted                verify: fail credentials whose issuer is not trusted (needs
                                   --trust); otherwise the decision is a warning
${STATUS_USAGE}  -h, --help                       Show this help
  -v, --version                    Show the version

JSON output (--format json), stable: { "version": 1, "results": [{ "file", "report" }],
"summary": { "files", "passed", "failed", "warnings", "exitCode" } } where "report" is the
library's report unchanged (ValidationReport for validate, VerificationReport for verify).
In the summary, passed/warnings/failed count reports with status valid/warning/invalid.
JSON lines (--format jsonl): one { "file", "report" } per line, written as each file finishes.

Exit codes:
  0  everything valid (warnings allowed unless --strict)
  1  some input invalid (or, with --strict, has warnings)
  2  usage or I/O error (one "lerkit: …" line on stderr)`;

/** Parses argv; throws CliError for anything wrong with the invocation. */
export function parseCommandLine(argv: string[]): Parsed {
  let parsed: ReturnType<typeof parseRaw>;
  try {
    parsed = parseRaw(argv);
  } catch (error) {
    // Node's messages go on with advice about `--`; the first sentence is the point.
    throw new CliError(messageOf(error).split(/\.\s/)[0] ?? 'bad arguments');
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (values.version) return { version: true };
  const [command, ...operands] = positionals;
  if (command === undefined) throw new CliError('no command given (try --help)');
  if (!isOneOf(COMMANDS, command)) {
    throw new CliError(`unknown command "${command}" (try --help)`);
  }
  checkArity(command, operands);
  const options: Options = {
    command,
    operands,
    format: oneOf('--format', FORMATS, values.format ?? 'text'),
    allowNetwork: values['allow-network'] ?? false,
    strict: values.strict ?? false,
    force: values.force ?? false,
    concurrency: concurrencyOf(values.concurrency),
    type: oneOf('--type', KEY_TYPES, values.type ?? 'Ed25519'),
    did: values.did ?? (values.type === 'RSA' ? 'jwk' : 'key'),
    trust: values.trust ?? [],
    requireTrusted: values['require-trusted'] ?? false,
  };
  if (command === 'status') options.status = statusArgsOf(operands, values);
  else rejectStatusOptions(values);
  if (values.output !== undefined) options.output = values.output;
  if (values.resources !== undefined) options.resources = values.resources;
  if (values['resources-root'] !== undefined) {
    if (values.resources === undefined) throw new CliError('--resources-root needs --resources');
    options.resourcesRoot = values['resources-root'];
  }
  if (values.now !== undefined) options.now = dateOf(values.now);
  if (values['known-identifier'] !== undefined) {
    options.knownIdentifier = parseKnownIdentifier(values['known-identifier']);
  }
  if (values.profile !== undefined) options.profile = values.profile;
  if (values.key !== undefined) options.key = values.key;
  if (values.suite !== undefined) options.suite = oneOf('--suite', SUITES, values.suite);
  if (values.issuer !== undefined) options.issuer = values.issuer;
  if (values.limit !== undefined) options.limits = limitsOf(values.limit, command);
  if (values.workers !== undefined) {
    if (command !== 'validate' && command !== 'verify') {
      throw new CliError('--workers applies to validate and verify');
    }
    options.workers = concurrencyOf(values.workers, '--workers');
  }
  if (values.kind !== undefined) {
    if (values.kind !== 'vc') throw new CliError(`--kind must be vc, not "${values.kind}"`);
    if (command !== 'validate' && command !== 'verify') {
      throw new CliError('--kind applies to validate and verify');
    }
    options.kind = 'vc';
  }
  checkCommandOptions(options);
  return { options };
}

function parseRaw(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      resources: { type: 'string' },
      'resources-root': { type: 'string' },
      force: { type: 'boolean' },
      now: { type: 'string' },
      'allow-network': { type: 'boolean' },
      'known-identifier': { type: 'string' },
      profile: { type: 'string' },
      strict: { type: 'boolean' },
      concurrency: { type: 'string' },
      workers: { type: 'string' },
      key: { type: 'string' },
      suite: { type: 'string' },
      type: { type: 'string' },
      did: { type: 'string' },
      // --issuer (convert, status create) is one of STATUS_OPTIONS
      trust: { type: 'string', multiple: true },
      'require-trusted': { type: 'boolean' },
      limit: { type: 'string', multiple: true },
      kind: { type: 'string' },
      ...STATUS_OPTIONS,
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

const ARITY: Record<Command, { min: number; max: number; usage: string }> = {
  validate: { min: 1, max: Number.POSITIVE_INFINITY, usage: 'validate <inputs...>' },
  verify: { min: 1, max: Number.POSITIVE_INFINITY, usage: 'verify <inputs...>' },
  sign: { min: 1, max: 1, usage: 'sign <file> --key <keyfile>' },
  bake: { min: 2, max: 2, usage: 'bake <image> <credential> --output <file>' },
  extract: { min: 1, max: 1, usage: 'extract <image>' },
  keygen: { min: 0, max: 0, usage: 'keygen [--type …] [--did …]' },
  inspect: { min: 1, max: 1, usage: 'inspect <file>' },
  convert: { min: 1, max: 1, usage: 'convert <input> [--issuer <id>]' },
  status: {
    min: 2,
    max: 3,
    usage: 'status create|allocate|revoke|suspend|reinstate|show <list> [<entry>]',
  },
};

function checkArity(command: Command, operands: string[]): void {
  const { min, max, usage } = ARITY[command];
  if (operands.length < min || operands.length > max) {
    throw new CliError(`usage: lerkit ${usage}`);
  }
}

function checkCommandOptions(options: Options): void {
  const { command, format } = options;
  if (command === 'sign' && options.key === undefined) throw new CliError('sign needs --key');
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

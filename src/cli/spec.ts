// The one table of the CLI's commands and options. The parser (args.ts, status-args.ts) and every
// help text (`lerkit --help`, `lerkit <command> --help`, `lerkit help <command>`) are made from it,
// so an option cannot be parsed without being documented, nor documented without being parsed.

/** The commands, in the order the help lists them. */
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

/** A command name. */
export type Command = (typeof COMMANDS)[number];

/** One command: its operands, what it does, and examples. */
export interface CommandSpec {
  /** The operands (and required options) as the usage line shows them. */
  readonly usage: string;
  /** What it does, in a sentence. */
  readonly summary: string;
  /** Fewest and most operands. */
  readonly min: number;
  readonly max: number;
  /** Command lines shown under "Examples" (without the leading `lerkit`). */
  readonly examples: readonly string[];
}

/** One option. */
export interface OptionSpec {
  /** The long name, without `--`. */
  readonly name: string;
  /** The one-letter alias, if any. */
  readonly short?: string;
  readonly type: 'string' | 'boolean';
  /** May be given more than once. */
  readonly multiple?: true;
  /** The value's placeholder in help (`<file>`, `text|json`). */
  readonly value?: string;
  /** The default, as help shows it. */
  readonly default?: string;
  /** The commands that take it; `all` for the global ones. */
  readonly commands: readonly Command[] | 'all';
  /** What it does. */
  readonly description: string;
}

/** The commands. */
export const COMMAND_SPECS: Readonly<Record<Command, CommandSpec>> = {
  validate: {
    usage: 'validate <inputs...>',
    summary: 'Check credentials against the 1EdTech schemas and rules',
    min: 1,
    max: Number.POSITIVE_INFINITY,
    examples: [
      'validate badge.json',
      "validate 'badges/**/*.json' --format junit -o report.xml",
      'validate membership.json --kind vc',
    ],
  },
  verify: {
    usage: 'verify <inputs...>',
    summary: 'Verify proofs, status, validity dates, recipient, nested credentials',
    min: 1,
    max: Number.POSITIVE_INFINITY,
    examples: [
      'verify badge.json',
      'verify badges/ --resources map.json --format json',
      'verify baked.png --known-identifier emailAddress:a@example.com',
      'verify badge.json --trust issuers.json --require-trusted',
    ],
  },
  sign: {
    usage: 'sign <file> --key <keyfile>',
    summary: 'Sign a credential; prints it (or the VC-JWT) to stdout or --output',
    min: 1,
    max: 1,
    examples: [
      'sign unsigned.json --key key.json -o signed.json',
      'sign unsigned.json --key key.pem --controller https://example.edu/issuer -o signed.json',
      'sign unsigned.json --key key.json --suite vc-jwt -o badge.jwt',
    ],
  },
  bake: {
    usage: 'bake <image> <credential> --output <file>',
    summary: 'Bake a credential into a PNG or SVG (--output required)',
    min: 2,
    max: 2,
    examples: ['bake badge.png signed.json -o baked.png'],
  },
  extract: {
    usage: 'extract <image>',
    summary: 'Print the credential baked into a PNG or SVG',
    min: 1,
    max: 1,
    examples: ['extract baked.png', 'extract baked.svg -o credential.json'],
  },
  keygen: {
    usage: 'keygen',
    summary: 'Generate a key pair (JSON) to stdout or --output',
    min: 0,
    max: 0,
    examples: [
      'keygen -o keys/issuer.json',
      'keygen --type P-256 --did jwk -o keys/p256.json',
      'keygen --did web:example.edu -o site/.well-known/key.json',
    ],
  },
  inspect: {
    usage: 'inspect <file>',
    summary: 'Summarise a credential: kind, issuer, subject, dates, proofs, status',
    min: 1,
    max: 1,
    examples: ['inspect badge.json', 'inspect baked.png --format json'],
  },
  convert: {
    usage: 'convert <input>',
    summary:
      'Convert an Open Badges 2.0 assertion (JSON, JWS, baked image or hosted URL) to an unsigned OB 3.0 OpenBadgeCredential; what OB 3.0 cannot carry is listed on stderr',
    min: 1,
    max: 1,
    examples: [
      'convert assertion.json --resources map.json -o ob3.json',
      'convert https://example.org/assertions/1 --allow-network --issuer did:web:example.org',
    ],
  },
  status: {
    usage: 'status create|allocate|revoke|suspend|reinstate|show <list> [<entry>]',
    summary:
      'Create a status list (create <list> --id <url> --key <keyfile>), allocate an entry (allocate <list>), change one and re-sign the list (revoke|suspend|reinstate <list> <entry> --key <keyfile>), or summarise it (show <list> [<entry>])',
    min: 2,
    max: 3,
    examples: [
      'status create list.json --id https://example.edu/status/1 --key key.json',
      'status allocate list.json',
      'status revoke list.json signed.json --key key.json',
      'status show list.json 42',
    ],
  },
};

const CHECKS = ['validate', 'verify'] as const;

/** Every option, in the order the help lists them. */
export const OPTION_SPECS: readonly OptionSpec[] = [
  {
    name: 'format',
    type: 'string',
    value: 'text|json|jsonl|junit|sarif',
    default: 'text',
    commands: [...CHECKS, 'inspect', 'convert', 'status'],
    description:
      'Output of validate/verify; inspect and status show: text|json; convert: text (the credential) or json ({ credential, lost, changed })',
  },
  {
    name: 'output',
    short: 'o',
    type: 'string',
    value: '<file>',
    commands: 'all',
    description:
      'Write the output to a file instead of stdout (its folder is created; the write is confirmed on stderr)',
  },
  {
    name: 'quiet',
    short: 'q',
    type: 'boolean',
    commands: 'all',
    description:
      'Print only the summary (validate, verify) and no confirmations; the exit code says the rest',
  },
  {
    name: 'verbose',
    type: 'boolean',
    commands: [...CHECKS],
    description: 'validate, verify: every finding (info too) and every check with its outcome',
  },
  {
    name: 'resources',
    type: 'string',
    value: '<map.json>',
    commands: [...CHECKS, 'sign', 'convert'],
    description:
      "JSON object: URL -> local file (relative to the map file), for DID documents, status lists, contexts… (.jwt files read as text). Files must be inside the map's folder (symlinks resolved)",
  },
  {
    name: 'resources-root',
    type: 'string',
    value: '<dir>',
    commands: [...CHECKS, 'sign', 'convert'],
    description:
      'Allow map entries anywhere inside <dir> instead (absolute paths too, if inside it)',
  },
  {
    name: 'now',
    type: 'string',
    value: '<ISO date>',
    commands: [...CHECKS, 'sign', 'status'],
    description: "Verify as of this time (sign, status: the proof's created time)",
  },
  {
    name: 'allow-network',
    type: 'boolean',
    commands: [...CHECKS, 'convert'],
    description:
      'Fetch documents over HTTPS from public addresses only (3 redirects, 10 s timeout, 2 MiB max); off by default: nothing is fetched',
  },
  {
    name: 'known-identifier',
    type: 'string',
    value: '<id>',
    commands: [...CHECKS],
    description:
      'The recipient you expect (verify). A value starting with did:, http:, https: or urn: is a subject id; anything else is <identityType>:<value>, e.g. emailAddress:a@example.com',
  },
  {
    name: 'profile',
    type: 'string',
    value: '<name|file>',
    commands: [...CHECKS],
    description:
      "Check a quality profile's requirements too (validate, verify): a built-in name (aacrao-microcredential) or a profile JSON file (write ./<name> for a file named like a built-in)",
  },
  {
    name: 'kind',
    type: 'string',
    value: 'vc',
    commands: [...CHECKS],
    description:
      'validate, verify: any W3C Verifiable Credential, by the VC Data Model rules alone (default: Open Badges 3.0, CLR 2.0 or endorsement credentials only)',
  },
  {
    name: 'limit',
    type: 'string',
    multiple: true,
    value: '<name>=<n>',
    commands: [...CHECKS],
    description:
      'validate, verify: change a limit (repeatable), e.g. --limit credentials=2000 --limit inputBytes=33554432; names: inputBytes, jsonDepth, proofs, multibaseLength, urlLength, endorsements, credentials, nestingDepth, statusEntries, statusListBytes, statusListDecompressedBytes, jwtBytes, imageBytes, imageChunks (see docs/security.md)',
  },
  {
    name: 'strict',
    type: 'boolean',
    commands: [...CHECKS],
    description: 'Warnings fail: exit 1 when a report has status "warning"',
  },
  {
    name: 'concurrency',
    type: 'string',
    value: '<N>',
    default: 'available parallelism',
    commands: [...CHECKS],
    description: 'Files checked at once, per worker',
  },
  {
    name: 'workers',
    type: 'string',
    value: '<N>',
    default: 'one per core, 1 for fewer than 200 files',
    commands: [...CHECKS],
    description: 'Worker threads; reports stream in input order',
  },
  {
    name: 'key',
    type: 'string',
    value: '<keyfile>',
    commands: ['sign', 'status'],
    description: 'sign, status: key pair JSON (from keygen), JWK or PEM',
  },
  {
    name: 'controller',
    type: 'string',
    value: '<url|did>',
    commands: ['sign', 'status'],
    description:
      'sign, status: the controller a PEM or JWK key signs for (the issuer id, e.g. https://example.edu/issuer); the verification method id becomes <controller>#<public key multibase> (RSA: #<JWK thumbprint>). Key files from keygen name their controller already',
  },
  {
    name: 'suite',
    type: 'string',
    value: '<suite>',
    default: 'by key type',
    commands: ['sign'],
    description:
      'sign: eddsa-rdfc-2022, eddsa-jcs-2022, ecdsa-rdfc-2019, ecdsa-sd-2023, Ed25519Signature2020 or vc-jwt',
  },
  {
    name: 'type',
    type: 'string',
    value: 'Ed25519|P-256|RSA',
    default: 'Ed25519',
    commands: ['keygen'],
    description: 'keygen: key type',
  },
  {
    name: 'did',
    type: 'string',
    value: 'key|jwk|web:<domain>',
    default: 'key; jwk for RSA',
    commands: ['keygen'],
    description:
      'keygen: identifier. web:<domain> also writes did.json next to the key file (--output required)',
  },
  {
    name: 'force',
    type: 'boolean',
    commands: ['keygen'],
    description:
      'keygen: overwrite an existing key file (and did.json); the new key file is written with mode 0600',
  },
  {
    name: 'issuer',
    type: 'string',
    value: '<id>',
    commands: ['convert', 'status'],
    description:
      "convert: the OB 3.0 issuer id (e.g. a DID) that will sign the credential (default: the OB 2.0 issuer's id); status create: the issuer id of a 1edtech list (else --key's)",
  },
  {
    name: 'trust',
    type: 'string',
    multiple: true,
    value: '<file>',
    commands: ['verify'],
    description:
      'verify: issuers you trust (repeatable): a JSON array of DIDs, domains and https origins; a DCC registry file ({ meta, registry }); or a JSON array of registries ({ name, type: dcc-legacy|oidf, url }) read via --resources',
  },
  {
    name: 'require-trusted',
    type: 'boolean',
    commands: ['verify'],
    description:
      'verify: fail credentials whose issuer is not trusted (needs --trust); otherwise the decision is a warning',
  },
  {
    name: 'list-type',
    type: 'string',
    value: 'bitstring|1edtech',
    default: 'bitstring',
    commands: ['status'],
    description: 'status create: a W3C Bitstring Status List or a 1EdTech revocation list',
  },
  {
    name: 'id',
    type: 'string',
    value: '<url>',
    commands: ['status'],
    description: 'status create: the https URL the list will be hosted at',
  },
  {
    name: 'purpose',
    type: 'string',
    value: 'revocation|suspension|message',
    default: 'revocation',
    commands: ['status'],
    description: "status create: the list's purpose",
  },
  {
    name: 'length',
    type: 'string',
    value: '<N>',
    default: '131072',
    commands: ['status'],
    description: 'status create: entries',
  },
  {
    name: 'status-size',
    type: 'string',
    value: '<bits>',
    commands: ['status'],
    description: 'status create: bits per entry of a message list (1-8)',
  },
  {
    name: 'status-message',
    type: 'string',
    multiple: true,
    value: '<text>',
    commands: ['status'],
    description:
      "status create: a message list's message for each value, in order (repeatable: 2^status-size of them)",
  },
  {
    name: 'valid-until',
    type: 'string',
    value: '<ISO date>',
    commands: ['status'],
    description:
      "status create|revoke|suspend|reinstate: the list's end of validity (re-sign before it)",
  },
  {
    name: 'allocation',
    type: 'string',
    value: '<file>',
    default: '<list>.allocation.json',
    commands: ['status'],
    description: 'status: the allocation state',
  },
  {
    name: 'count',
    type: 'string',
    value: '<N>',
    commands: ['status'],
    description: 'status allocate: entries to allocate (prints an array)',
  },
  {
    name: 'reason',
    type: 'string',
    value: '<text>',
    commands: ['status'],
    description: 'status revoke: the revocation reason (1edtech lists)',
  },
  {
    name: 'undo-revocation',
    type: 'boolean',
    commands: ['status'],
    description:
      'status reinstate: clear a revocation made in error (the spec calls revocation final)',
  },
  {
    name: 'help',
    short: 'h',
    type: 'boolean',
    commands: 'all',
    description: 'Show this help (lerkit <command> --help: the help of one command)',
  },
  {
    name: 'version',
    short: 'v',
    type: 'boolean',
    commands: 'all',
    description: 'Show the version',
  },
];

/** The option of that long name. */
export function optionSpec(name: string): OptionSpec | undefined {
  return OPTION_SPECS.find((option) => option.name === name);
}

/** Whether the command takes the option. */
export function takes(command: Command, option: OptionSpec): boolean {
  return option.commands === 'all' || option.commands.includes(command);
}

/** The option table in `node:util` parseArgs' shape. */
export function parseArgsOptions(): Record<
  string,
  { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
> {
  return Object.fromEntries(
    OPTION_SPECS.map((option) => [
      option.name,
      {
        type: option.type,
        ...(option.short ? { short: option.short } : {}),
        ...(option.multiple ? { multiple: true } : {}),
      },
    ]),
  );
}

const WIDTH = 100;
const OPTION_COLUMN = 35;
const COMMAND_COLUMN = 32;

const INPUTS = `Inputs of validate/verify are files, directories or globs. A directory means every *.json, *.jwt,
*.png and *.svg inside it, recursively (skipping dot-directories and node_modules); a glob (*
within a path segment, ** across segments, ?) picks the files it matches with those extensions.
Quote globs so the shell does not expand them.
Files are JSON credentials, VC-JWTs (compact JWS text), or baked PNG/SVG images. verify also
takes an Open Badges 2.0 hosted assertion's URL (loaded from --resources, or with --allow-network).`;

const JSON_OUTPUT = `JSON output (--format json), stable: { "version": 1, "results": [{ "file", "report" }],
"summary": { "files", "passed", "failed", "warnings", "exitCode" } } where "report" is the
library's report unchanged (ValidationReport for validate, VerificationReport for verify).
In the summary, passed/warnings/failed count reports with status valid/warning/invalid.
JSON lines (--format jsonl): one { "file", "report" } per line, written as each file finishes.`;

const EXIT_CODES = `Exit codes:
  0  everything valid (warnings allowed unless --strict)
  1  some input invalid (or, with --strict, has warnings)
  2  usage or I/O error (one "lerkit: …" line on stderr)`;

const ENVIRONMENT = `Environment:
  NO_COLOR      any value: no colours
  FORCE_COLOR   0: no colours; 1, 2 or 3: colours even when stdout is not a terminal`;

/** The general help: every command and option. */
export function generalHelp(): string {
  const commands = COMMANDS.map((name) =>
    column(`  ${COMMAND_SPECS[name].usage}`, COMMAND_SPECS[name].summary, COMMAND_COLUMN),
  );
  const options = OPTION_SPECS.map(optionLines);
  return [
    'Usage: lerkit <command> [options] <operands...>',
    'Run "lerkit <command> --help" (or "lerkit help <command>") for one command.',
    '',
    'Commands:',
    ...commands,
    '',
    INPUTS,
    '',
    'Options:',
    ...options,
    '',
    JSON_OUTPUT,
    '',
    ENVIRONMENT,
    '',
    EXIT_CODES,
  ].join('\n');
}

/** One command's help: usage, what it does, its options with their defaults, examples. */
export function commandHelp(command: Command): string {
  const spec = COMMAND_SPECS[command];
  const options = OPTION_SPECS.filter((option) => takes(command, option)).map(optionLines);
  const parts = [
    `Usage: lerkit ${spec.usage} [options]`,
    '',
    ...wrap(spec.summary, WIDTH, ''),
    '',
    'Options:',
    ...options,
    '',
    'Examples:',
    ...spec.examples.map((example) => `  lerkit ${example}`),
  ];
  if (command === 'validate' || command === 'verify') parts.push('', INPUTS, '', EXIT_CODES);
  return parts.join('\n');
}

function optionLines(option: OptionSpec): string {
  const short = option.short ? `-${option.short}, ` : '';
  const flag = `  ${short}--${option.name}${option.value ? ` ${option.value}` : ''}`;
  // The default stays on one line (KEEP joins its words until the text is wrapped).
  const text = option.default
    ? `${option.description} (default:${KEEP}${option.default.replaceAll(' ', KEEP)})`
    : option.description;
  return column(flag, text, OPTION_COLUMN);
}

const KEEP = '\u0000';

// `left` then `text` wrapped in a column; `left` too long for the column puts the text below it.
function column(left: string, text: string, at: number): string {
  const indent = ' '.repeat(at);
  const lines = wrap(text, WIDTH - at, '');
  if (left.length >= at - 1) return [left, ...lines.map((line) => indent + line)].join('\n');
  const [first = '', ...rest] = lines;
  return [left.padEnd(at) + first, ...rest.map((line) => indent + line)].join('\n');
}

function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.map((text) => text.replaceAll(KEEP, ' '));
}

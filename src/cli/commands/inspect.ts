// `inspect <file>`: a readable summary of a credential.
import { detectKind, detectUnsupportedFormat, parseInput } from 'lerkit';
import type { Options } from '../args.js';
import { readCredential } from '../credential-file.js';
import { readBytes } from '../inputs.js';
import { emit, jsonText } from '../io.js';
import type { CommandContext } from '../run.js';

type Json = Record<string, unknown>;

/** What inspect shows; absent fields are left out. */
export interface Summary {
  kind: string;
  format: string;
  id?: string;
  name?: string;
  issuer?: string;
  subject?: string;
  achievement?: string;
  credentials?: number;
  validFrom?: string;
  validUntil?: string;
  proofs: string[];
  status: string[];
}

export async function runInspect(options: Options, { io }: CommandContext): Promise<number> {
  const [file] = options.operands as [string];
  // Bytes that are an mdoc (CBOR, not text) are given as bytes, so that parseInput names them.
  const bytes = await readBytes(file);
  const parsed = parseInput(detectUnsupportedFormat(bytes) ? bytes : await readCredential(file));
  if (!parsed.ok) {
    await io.stderr.write(`lerkit: ${file}: ${parsed.code}: ${parsed.message}\n`);
    return 1;
  }
  const summary = summarize(parsed.document, parsed.jwt);
  await emit(
    io,
    options.format === 'json' ? jsonText(summary) : summaryText(summary),
    options.output,
  );
  // JSON that is no credential (a profile, an achievement, anything) is shown, but fails.
  if (NOT_CREDENTIALS.has(summary.kind)) {
    await io.stderr.write(`lerkit: ${file} is not a credential (kind: ${summary.kind})\n`);
    return 1;
  }
  return 0;
}

const NOT_CREDENTIALS = new Set([
  'unknown',
  'Profile',
  'Achievement',
  'OB2BadgeClass',
  'OB2Profile',
]);

export function summarize(document: Json, jwt: string | undefined): Summary {
  const subject = first(document.credentialSubject);
  const achievement = isObject(subject?.achievement) ? subject.achievement : undefined;
  const summary = { kind: detectKind(document), format: jwt ? 'vc-jwt' : 'json' } as Summary;
  const set = (key: keyof Summary, value: string | number | undefined) => {
    if (value !== undefined) (summary as unknown as Json)[key] = value;
  };
  set('id', stringOf(document.id));
  set('name', stringOf(document.name));
  set('issuer', party(document.issuer));
  set('subject', subject ? subjectName(subject) : undefined);
  set('achievement', achievement ? stringOf(achievement.name) : undefined);
  set(
    'credentials',
    Array.isArray(subject?.verifiableCredential) ? subject.verifiableCredential.length : undefined,
  );
  set('validFrom', stringOf(document.validFrom) ?? stringOf(document.issuanceDate));
  set('validUntil', stringOf(document.validUntil) ?? stringOf(document.expirationDate));
  summary.proofs = jwt ? [`VC-JWT (${jwtAlgorithm(jwt)})`] : list(document.proof).map(proofName);
  summary.status = list(document.credentialStatus).map((s) => stringOf(s.type) ?? 'unknown');
  return summary;
}

const LABELS: [keyof Summary, string][] = [
  ['kind', 'Kind'],
  ['format', 'Format'],
  ['id', 'Id'],
  ['name', 'Name'],
  ['issuer', 'Issuer'],
  ['subject', 'Subject'],
  ['achievement', 'Achievement'],
  ['credentials', 'Credentials'],
  ['validFrom', 'Valid from'],
  ['validUntil', 'Valid until'],
  ['proofs', 'Proof'],
  ['status', 'Status'],
];

function summaryText(summary: Summary): string {
  const lines = LABELS.flatMap(([key, label]) => {
    const value = summary[key];
    const text = Array.isArray(value) ? value.join(', ') || 'none' : value;
    return text === undefined ? [] : [`${`${label}:`.padEnd(13)}${text}`];
  });
  return `${lines.join('\n')}\n`;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Json[] {
  return (Array.isArray(value) ? value : [value]).filter(isObject);
}

function first(value: unknown): Json | undefined {
  return list(value)[0];
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ');
  return undefined;
}

function party(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return undefined;
  const id = stringOf(value.id);
  const name = stringOf(value.name);
  return name && id ? `${name} (${id})` : (name ?? id);
}

function subjectName(subject: Json): string | undefined {
  const id = stringOf(subject.id);
  const identifiers = list(subject.identifier).map((i) => {
    const type = stringOf(i.identityType) ?? 'identifier';
    return i.hashed === true ? `${type} (hashed)` : `${type} ${stringOf(i.identityHash) ?? ''}`;
  });
  return [id, ...identifiers].filter(Boolean).join(', ') || undefined;
}

function proofName(proof: Json): string {
  const type = stringOf(proof.type) ?? 'unknown';
  const suite = stringOf(proof.cryptosuite);
  return suite ? `${type} (${suite})` : type;
}

function jwtAlgorithm(jwt: string): string {
  try {
    const header = JSON.parse(Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString('utf8'));
    return stringOf(header.alg) ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

// Writes test/model/examples.generated.test-d.ts: every JSON example of the OB 3.0 / CLR 2.0
// specifications that is a credential, an achievement or a profile, as an object literal that must
// `satisfies` the matching type of src/model. Object literals keep their literal types under
// `satisfies`, so `@context` tuples, `type` values and enumeration terms are checked too.
//   node scripts/gen-example-type-tests.mjs [spec folder, default fixtures/spec]
// The output is committed; `npx vitest run --typecheck test/model` checks it. Examples that
// legitimately do not fit are listed in EXPECTED_ERRORS below, with the reason, and are emitted with
// `// @ts-expect-error <reason>` on the offending line, so the test fails if they ever type-check.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specDir = resolve(process.argv[2] ?? join(root, 'fixtures', 'spec'));
const examplesDir = join(specDir, 'examples');
const outFile = join(root, 'test', 'model', 'examples.generated.test-d.ts');
const outPath = 'test/model/examples.generated.test-d.ts';

const VC_V1 = 'https://www.w3.org/2018/credentials/v1';

/**
 * Examples that do not type-check, and why. `at` is the JSON Pointer of the property TypeScript
 * reports (the `// @ts-expect-error` goes on the line before it); `''` is the whole document (the
 * comment goes on the line of `} satisfies Type`). Legitimate reasons: the example is invalid per
 * the official JSON-LD-compaction schema; it uses properties the model does not define (extensions;
 * the model types are closed); or it breaks a MUST of the model that the compaction schema does not
 * check (the schema accepts any single `type` string, the types require the IRI the model names).
 */
const EXPECTED_ERRORS = {
  'ob3-impl__issuer-quickstart-signed-openbadgecredential.json': [
    {
      // TypeScript reports the IdentityObject at the property holding it (a single value here).
      at: '/credentialSubject/identifier',
      reason:
        'invalid per the JSON-LD-compaction schema: identityType "email" is neither an IdentifierTypeEnum term (emailAddress) nor an ext: term',
    },
    {
      at: '/credentialSubject/achievement/type',
      reason:
        'invalid: type is the empty string; the model says it MUST include the IRI "Achievement" (the compaction schema does not check single values)',
    },
  ],
  'ob3-impl__upgraded-ob-2-0-assertion-included-within-clr-2-0.json': [
    {
      at: '/issuer/otherIdentifier/0/type',
      reason:
        'invalid per the JSON-LD-compaction schema: IdentifierEntry type must be the IRI "IdentifierEntry", not an array',
    },
  ],
  'ob3-impl__issuer-quickstart-issuer-profile.json': [
    {
      at: '/verificationMethod',
      reason:
        'extension property: verificationMethod (DID document term) is not a Profile property of the model',
    },
  ],
  'ob3-impl__issuer-profile-relation-between-open-badges-2-0-and-open-badges-3-0.json': [
    {
      at: '/related',
      reason:
        'extension property: an OB 2.0 Issuer (@context openbadges/v2) with related, which OB 3.0 Profile does not define',
    },
  ],
  'ob3-impl__issuer-quickstart-achievement.json': [
    {
      at: '/type',
      reason:
        'invalid: type is the empty string; the model says it MUST include the IRI "Achievement"',
    },
  ],
};

/** Examples whose `type` does not say what they are, classified by hand. */
const KIND_OVERRIDES = {
  'ob3-impl__issuer-quickstart-achievement.json': {
    kind: 'Achievement',
    reason: 'titled "Issuer quickstart achievement", but its type is ""',
  },
};

/** The model type of a document, from its `type` and (for credentials) its first `@context`. */
function kindOf(doc) {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return undefined;
  const types = (Array.isArray(doc.type) ? doc.type : [doc.type]).filter(
    (t) => typeof t === 'string',
  );
  const contexts = Array.isArray(doc['@context']) ? doc['@context'] : [doc['@context']];
  const legacy = contexts[0] === VC_V1 ? 'V1p1' : '';
  if (types.includes('ClrCredential')) return `ClrCredential${legacy}`;
  if (types.includes('AchievementCredential') || types.includes('OpenBadgeCredential'))
    return `AchievementCredential${legacy}`;
  if (types.includes('EndorsementCredential')) return `EndorsementCredential${legacy}`;
  if (types.includes('Profile')) return 'Profile';
  if (types.includes('Achievement')) return 'Achievement';
  return undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function quote(text) {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function escapePointer(token) {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * TypeScript source of a JSON value, with a `@ts-expect-error` comment before each key listed in
 * `errors` (JSON Pointer -> reason). The pointers met are added to `seen`.
 */
function literal(value, pointer, indent, errors, seen) {
  seen.add(pointer);
  const pad = '  '.repeat(indent + 1);
  const end = '  '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item, i) => {
      const at = `${pointer}/${i}`;
      const comment = errors.has(at) ? `${pad}// @ts-expect-error ${errors.get(at)}\n` : '';
      return `${comment}${pad}${literal(item, at, indent + 1, errors, seen)},\n`;
    });
    return `[\n${items.join('')}${end}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]) => {
      const at = `${pointer}/${escapePointer(key)}`;
      const comment = errors.has(at) ? `${pad}// @ts-expect-error ${errors.get(at)}\n` : '';
      const name = IDENTIFIER.test(key) ? key : quote(key);
      return `${comment}${pad}${name}: ${literal(item, at, indent + 1, errors, seen)},\n`;
    });
    const closing =
      pointer === '' && errors.has('') ? `${pad}// @ts-expect-error ${errors.get('')}\n` : '';
    return `{\n${entries.join('')}${closing}${end}}`;
  }
  return typeof value === 'string' ? quote(value) : JSON.stringify(value);
}

const index = JSON.parse(readFileSync(join(examplesDir, 'index.json'), 'utf8'));
const tests = [];
const used = new Set();
const skipped = [];
const failing = [];
const usedExpectations = new Set();

for (const entry of index) {
  if (!entry.parses_as_json) {
    skipped.push(`${entry.file}: does not parse as JSON`);
    continue;
  }
  const doc = JSON.parse(readFileSync(join(examplesDir, entry.file), 'utf8'));
  const override = KIND_OVERRIDES[entry.file];
  const kind = override?.kind ?? kindOf(doc);
  if (kind === undefined) {
    const type = Array.isArray(doc) ? 'an array' : JSON.stringify(doc?.type ?? null);
    skipped.push(`${entry.file}: not a credential, achievement or profile (type ${type})`);
    continue;
  }
  const expected = EXPECTED_ERRORS[entry.file] ?? [];
  if (expected.length > 0) usedExpectations.add(entry.file);
  const errors = new Map(expected.map((e) => [e.at, e.reason]));
  const seen = new Set();
  const n = tests.length + 1;
  const schema = entry.schema_validation;
  const lines = [
    `// ${entry.title}: ${entry.file} (from ${entry.source})`,
    schema
      ? `// Official schema ${schema.schema}: json-ld-compaction ${schema['json-ld-compaction'].split(':')[0]}, strict ${schema.strict.split(':')[0]}.`
      : '// Not validated against an official schema (index.json has no schema_validation).',
  ];
  if (override) lines.push(`// Classified as ${override.kind}: ${override.reason}.`);
  for (const e of expected) lines.push(`// Expected type error at ${e.at || '/'}: ${e.reason}.`);
  const title =
    expected.length > 0
      ? `${entry.file} does not type-check as ${kind} (expected)`
      : `${entry.file} is ${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind}`;
  const check =
    expected.length > 0
      ? `expectTypeOf(ex_${n}).toBeObject();`
      : `expectTypeOf(ex_${n}).toExtend<${kind}>();`;
  lines.push(
    `test(${quote(title)}, () => {`,
    `  const ex_${n} = ${literal(doc, '', 1, errors, seen)} satisfies ${kind};`,
    `  ${check}`,
    '});',
  );
  for (const e of expected) {
    if (!seen.has(e.at)) throw new Error(`${entry.file} has nothing at ${e.at || '/'}`);
  }
  tests.push(lines.join('\n'));
  used.add(kind);
  if (expected.length > 0)
    failing.push(`${entry.file} (${kind}): ${expected.map((e) => e.reason).join('; ')}`);
}

for (const file of Object.keys(EXPECTED_ERRORS)) {
  if (!usedExpectations.has(file))
    throw new Error(`EXPECTED_ERRORS lists ${file}, which was not emitted`);
}

const source = `// Generated by scripts/gen-example-type-tests.mjs from the spec examples
// (fixtures/spec/examples, index.json). Do not edit: run \`node scripts/gen-example-type-tests.mjs\`.
// Each example must \`satisfies\` its model type; the ones with \`@ts-expect-error\` are known not to
// (invalid per the official JSON-LD-compaction schema, or using extension properties).
import { expectTypeOf, test } from 'vitest';
import type { ${[...used].sort().join(', ')} } from '../../src/model/index.js';

${tests.join('\n\n')}
`;

// Format as Biome would, so that regenerating gives no diff.
const biome = join(root, 'node_modules', '.bin', 'biome');
let output = source;
if (existsSync(biome)) {
  output = execFileSync(biome, ['format', `--stdin-file-path=${outPath}`], {
    cwd: root,
    input: source,
    encoding: 'utf8',
  });
} else {
  console.warn('Biome is not installed: the output is not formatted.');
}
writeFileSync(outFile, output);

console.log(`Wrote ${outPath}: ${tests.length} examples (${[...used].sort().join(', ')}).`);
console.log(`Expected not to type-check (${failing.length}):`);
for (const line of failing) console.log(`  - ${line}`);
console.log(`Skipped (${skipped.length}):`);
for (const line of skipped) console.log(`  - ${line}`);

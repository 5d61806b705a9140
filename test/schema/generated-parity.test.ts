// The shipped validators (scripts/generate.mjs: annotations dropped, shared $defs compiled once,
// minified) must accept and reject exactly what ajv accepts and rejects when it compiles the
// official schema files unchanged, and report the same errors (keyword, instance path, params):
// on the spec's vectors and examples, on the validation fixtures, and on seeded random mutations.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompiledValidator, loadValidator } from '../../src/schema/registry.js';
import type { SchemaSet, SchemaTarget } from '../../src/schema/types.js';
import { REPO_ROOT, specPath } from '../helpers/spec.js';
import { loadVector } from '../helpers/vectors.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const FILES: Record<SchemaTarget, [file: string, fragment: string]> = {
  AchievementCredential: ['ob_v3p0_achievementcredential_schema.json', ''],
  Achievement: ['ob_v3p0_achievementcredential_schema.json', '#/$defs/Achievement'],
  EndorsementCredential: ['ob_v3p0_endorsementcredential_schema.json', ''],
  Profile: ['ob_v3p0_profile_schema.json', ''],
  ClrCredential: ['clr_v2p0_clrcredential_schema.json', ''],
};
const PAIRS: [SchemaSet, SchemaTarget][] = [
  ['json-ld-compaction', 'AchievementCredential'],
  ['json-ld-compaction', 'Achievement'],
  ['json-ld-compaction', 'EndorsementCredential'],
  ['json-ld-compaction', 'Profile'],
  ['json-ld-compaction', 'ClrCredential'],
  ['strict', 'AchievementCredential'],
  ['strict', 'Achievement'],
  ['strict', 'EndorsementCredential'],
  ['strict', 'Profile'],
];

function reference(set: SchemaSet, target: SchemaTarget): CompiledValidator {
  const ajv = new (Ajv2019 as unknown as typeof Ajv2019.default)({
    allErrors: true,
    strict: false,
  });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  const [file, fragment] = FILES[target];
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', set, file), 'utf8'));
  ajv.addSchema(schema);
  return ajv.getSchema(`${schema.$id}${fragment}`) as unknown as CompiledValidator;
}

// What must agree: the verdict and the errors as a multiset (ajv's order follows the schema text).
function outcome(validate: CompiledValidator, value: unknown) {
  const valid = validate(value);
  const errors = (validate.errors ?? []).map(
    (e) => `${e.keyword} ${e.instancePath} ${JSON.stringify(e.params)}`,
  );
  return { valid, errors: valid ? [] : errors.sort() };
}

// Every JSON document of the corpus, and the objects inside them (issuers, achievements, nested
// credentials), so each target meets values of its own class too.
function corpus(): Json[] {
  const docs: Json[] = [];
  for (const name of ['obv3p0', 'clrv2p0'] as const) {
    const vector = loadVector(name);
    docs.push(vector.credential as Json, vector.signed as Json);
  }
  for (const file of readdirSync(specPath('examples')).filter((f) => f.endsWith('.json'))) {
    docs.push(JSON.parse(readFileSync(specPath('examples', file), 'utf8')));
  }
  for (const kind of ['valid', 'invalid']) {
    const dir = join(REPO_ROOT, 'fixtures', 'validate', kind);
    for (const file of readdirSync(dir)) {
      docs.push(JSON.parse(readFileSync(join(dir, file), 'utf8')).input);
    }
  }
  const out: Json[] = [];
  const visit = (value: Json) => {
    if (value === null || typeof value !== 'object') return;
    if (!Array.isArray(value)) out.push(value);
    for (const child of Object.values(value)) visit(child);
  };
  for (const doc of docs) visit(doc);
  return out;
}

const SEEDS: Record<SchemaTarget, () => Json> = {
  AchievementCredential: () => loadVector('obv3p0').credential as Json,
  Achievement: () =>
    (loadVector('obv3p0').credential as { credentialSubject: { achievement: Json } })
      .credentialSubject.achievement,
  // The vector's issuer, with the one `format: date` field of the schemas.
  Profile: () => ({
    ...(loadVector('obv3p0').credential as { issuer: Record<string, Json> }).issuer,
    dateOfBirth: '1990-02-28',
  }),
  EndorsementCredential: () =>
    JSON.parse(
      readFileSync(
        join(REPO_ROOT, 'fixtures', 'validate', 'valid', 'endorsement-bundled-schema.json'),
        'utf8',
      ),
    ).input,
  ClrCredential: () => loadVector('clrv2p0').credential as Json,
};

function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      paths(child, [...at, Array.isArray(value) ? Number(key) : key], out);
    }
  }
  return out;
}

type Mutation = { path: number; op: 'delete' | 'set' | 'wrap' | 'unwrap'; value: Json };

// Applies one mutation at one of the value's paths (taken modulo the number of paths).
function mutate(value: Json, { path, op, value: replacement }: Mutation): Json {
  const all = paths(value);
  const at = all[path % all.length] as (string | number)[];
  const apply = (node: Json): Json => {
    if (op === 'delete') return undefined as unknown as Json;
    if (op === 'set') return replacement;
    if (op === 'wrap') return [node];
    return Array.isArray(node) ? (node[0] ?? null) : node;
  };
  if (at.length === 0) return apply(value) ?? null;
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, Json>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = at[at.length - 1] as string | number;
  const next = apply(parent[last] as Json);
  if (next === undefined && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (next === undefined) delete parent[last];
  else parent[last] = next;
  return copy;
}

const mutation = fc.record({
  path: fc.nat(),
  op: fc.constantFrom('delete', 'set', 'wrap', 'unwrap'),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    fc.constantFrom<Json>('2020-13-01', '2024-02-29T12:00:00Z', 'not a uri', [], {}, ['Profile']),
  ),
}) as fc.Arbitrary<Mutation>;

describe.each(PAIRS)('generated %s %s validator', (set, target) => {
  it('agrees with ajv on the original schema for every document of the corpus', async () => {
    const shipped = (await loadValidator(target, set)).validate;
    const expected = reference(set, target);
    let accepted = 0;
    for (const value of corpus()) {
      const got = outcome(shipped, value);
      expect(got).toEqual(outcome(expected, value));
      if (got.valid) accepted++;
    }
    // The corpus holds values of every class: the comparison covers acceptance, not only errors.
    expect(accepted).toBeGreaterThan(0);
  });

  it('agrees with ajv when any field of a valid value holds a near-miss string', async () => {
    const shipped = (await loadValidator(target, set)).validate;
    const expected = reference(set, target);
    const seed = SEEDS[target]();
    const nearMisses: Json[] = [
      '2020-13-01T00:00:00Z',
      '2021-02-29T00:00:00Z',
      '2024-02-29T24:00:00Z',
      '2020-02-30',
      '2024-02-29',
      '',
      'Profile',
    ];
    let compared = 0;
    for (const [at] of paths(seed).entries()) {
      for (const value of nearMisses) {
        const mutated = mutate(seed, { path: at, op: 'set', value });
        expect(outcome(shipped, mutated)).toEqual(outcome(expected, mutated));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5 * nearMisses.length);
  });

  it('agrees with ajv on the original schema for mutated values (seeded)', async () => {
    const shipped = (await loadValidator(target, set)).validate;
    const expected = reference(set, target);
    const seed = SEEDS[target]();
    expect(outcome(shipped, seed).valid).toBe(
      set === 'json-ld-compaction' || target !== 'ClrCredential',
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const value = mutations.reduce(mutate, seed);
        expect(outcome(shipped, value)).toEqual(outcome(expected, value));
      }),
      { seed: 20240601, numRuns: 300 },
    );
  });
});

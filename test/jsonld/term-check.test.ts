// The walker-based term check gives the findings of the jsonld.js-based `jsonld` check (same
// codes, severities, messages, order) with exact JSON Pointers, on fixtures, spec examples and
// generated credentials with undefined terms and relative IRIs injected.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTerms } from '../../src/jsonld/term-findings.js';
import { expansionFindings } from '../../src/validate/checks/jsonld.js';
import { anyCredential, openBadgeCredential } from './generators.js';
import { jsonLdFixtures } from './json-files.js';
import { documentLoader } from './oracle.js';

type Json = Record<string, unknown>;

function resolvePointer(
  document: unknown,
  pointer: string,
): { parentKey: string; value: unknown } | undefined {
  if (pointer === '') return { parentKey: '', value: document };
  let current: unknown = document;
  let key = '';
  for (const raw of pointer.slice(1).split('/')) {
    key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof current !== 'object' || current === null || !(key in current)) return undefined;
    current = (current as Json)[key];
  }
  return { parentKey: key, value: current };
}

function countOccurrences(document: unknown, subject: string): number {
  let count = 0;
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '@context') continue;
        if (key === subject) count++;
        visit(value);
      }
    } else if (node === subject) count++;
  };
  visit(document);
  return count;
}

let compared = 0;
let declined = 0;
let rejected = 0;

async function compare(document: Json): Promise<void> {
  const fast = await checkTerms(document, { documentLoader });
  const reference = await expansionFindings(document, documentLoader);
  if (fast === undefined) {
    // Documents jsonld.js rejects with an error (invalid context, unavailable context) are left
    // to it: the old check reports that one error.
    const only = reference.length === 1 ? reference[0]?.code : undefined;
    if (only === 'JSONLD_INVALID' || only === 'JSONLD_CONTEXT_UNAVAILABLE') rejected++;
    else declined++;
    return;
  }
  compared++;
  expect(fast.map(({ code, severity, message }) => ({ code, severity, message }))).toEqual(
    reference.map(({ code, severity, message }) => ({ code, severity, message })),
  );
  fast.forEach((finding, i) => {
    const old = reference[i] as { path: string; message: string };
    const subject = /"((?:[^"\\]|\\.)*)"/.exec(finding.message)?.[1];
    const place = resolvePointer(document, finding.path);
    // Every pointer of the new check resolves into the document.
    expect(place, finding.path).toBeDefined();
    // The old check places an event at the k-th occurrence of its subject; where that subject
    // occurs once, both must agree exactly.
    if (
      subject !== undefined &&
      old.path !== '' &&
      countOccurrences(document, JSON.parse(`"${subject}"`)) === 1
    ) {
      expect(finding.path).toBe(old.path);
    }
  });
}

/** Defects at random places of a credential: undefined terms, relative ids and types. */
function injectDefects(document: Json): fc.Arbitrary<Json> {
  const paths: string[][] = [];
  const collect = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        collect(item, [...path, String(i)]);
      });
    } else if (typeof node === 'object' && node !== null) {
      paths.push(path);
      for (const [k, v] of Object.entries(node))
        if (k !== '@context' && k !== 'proof') collect(v, [...path, k]);
    }
  };
  collect(document, []);
  const defect = fc.constantFrom<[string, unknown]>(
    ['undefinedTermAbc', 'x'],
    ['id', 'relative/id'],
    ['id', '#fragment'],
    ['type', ['UnknownTypeXyz']],
    ['type', '1EdTechJsonSchemaValidator2019'],
    ['@foo', 'reserved'],
    ['ext:thing', 1],
  );
  return fc.tuple(fc.constantFrom(...paths), defect).map(([path, [key, value]]) => {
    const copy = structuredClone(document);
    let node: Json = copy;
    for (const step of path) node = node[step] as Json;
    node[key] = value;
    return copy;
  });
}

describe('jsonld term check without expansion', () => {
  it.each(jsonLdFixtures())('%s', async (_name, document) => {
    await compare(document);
  });

  it('generated credentials', async () => {
    await fc.assert(fc.asyncProperty(anyCredential, compare), { numRuns: 60, seed: 42 });
  });

  // Two small batches: each test stays well under 30 s while other test files run in parallel.
  for (const seed of [43, 44]) {
    it(`generated credentials with defects injected anywhere (seed ${seed})`, async () => {
      const withDefects = openBadgeCredential(1).chain((d) => injectDefects(d as Json));
      await fc.assert(fc.asyncProperty(withDefects, compare), { numRuns: 60, seed });
    });
  }

  it('stood in for jsonld.js on nearly every document', () => {
    expect(compared).toBeGreaterThan(250);
    expect(declined).toBeLessThanOrEqual(Math.ceil(compared * 0.02));
    expect(rejected).toBeLessThan(compared / 10);
  });
});

// Every check id and every code a verification report can contain is explained in
// docs/verification.md (the codes of validate() are in docs/validation.md, which it links to).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/spec.js';

const read = (...parts: string[]) => readFileSync(join(REPO_ROOT, ...parts), 'utf8');

// The sources of every code verify() puts in a report, besides the validation codes.
const sources = [
  join('src', 'verify', 'verify.ts'),
  join('src', 'status', 'check-status.ts'),
  join('src', 'proof', 'verify-proofs.ts'),
  join('src', 'proof', 'proof-steps.ts'),
  join('src', 'proof', 'resolve.ts'),
  join('src', 'proof', 'jwt.ts'),
];

/** The string members of an exported union type, e.g. `export type StatusCode = | 'A' | 'B';`. */
function unionMembers(file: string, name: string): string[] {
  const body = new RegExp(`export type ${name} =([^;]*);`).exec(read(file))?.[1];
  if (body === undefined) throw new Error(`${file} has no union type ${name}`);
  return [...body.matchAll(/'([^']+)'/g)].map((m) => m[1] as string);
}

function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of sources) {
    const text = read(file);
    // `code: 'X'`, and codes passed to the proof helpers' `fail('X', …)`.
    for (const match of text.matchAll(/\b(?:code: |fail\(\s*)'([A-Z][A-Z0-9_]*)'/g)) {
      codes.add(match[1] as string);
    }
  }
  for (const [file, name] of [
    [join('src', 'proof', 'proof-result.ts'), 'ProofFailureCode'],
    [join('src', 'proof', 'resolve.ts'), 'ResolveFailureCode'],
    [join('src', 'status', 'check-status.ts'), 'StatusCode'],
    [join('src', 'parse', 'parse-input.ts'), 'ParseIssueCode'],
  ] as const) {
    for (const code of unionMembers(file, name)) codes.add(code);
  }
  return codes;
}

describe('docs/verification.md', () => {
  const docs = read('docs', 'verification.md');

  it('explains every code verify, status and proof checks can emit', () => {
    const codes = emittedCodes();
    // Sanity: the collection found the families it should.
    for (const code of [
      'REVOKED',
      'PROOF_SIGNATURE_INVALID',
      'CLR_CREDENTIAL_INVALID',
      'EXPIRED',
    ]) {
      expect(codes).toContain(code);
    }
    expect(codes.size).toBeGreaterThan(40);
    const missing = [...codes].filter((code) => !docs.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('describes every check id', () => {
    const ids = unionMembers(join('src', 'verify', 'types.ts'), 'VerificationCheckId');
    expect(ids).toContain('associations');
    const reference = docs.slice(docs.indexOf('### Check ids'));
    const missing = ids.filter((id) => !reference.includes(`| \`${id}\` |`));
    expect(missing).toEqual([]);
  });

  it('lists no code that neither the sources nor docs/validation.md know', () => {
    const known = emittedCodes();
    const validation = read('docs', 'validation.md');
    const listed = [...docs.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1] as string);
    expect(listed.length).toBeGreaterThan(40);
    const unknown = listed.filter(
      (code) => !known.has(code) && !validation.includes(`\`${code}\``),
    );
    expect(unknown).toEqual([]);
  });
});

// Every code the validator can emit is explained in docs/validation.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/spec.js';

const sources = [
  ...readdirSync(join(REPO_ROOT, 'src', 'validate', 'checks')).map((f) =>
    join('src', 'validate', 'checks', f),
  ),
  join('src', 'validate', 'validate.ts'),
  join('src', 'schema', 'types.ts'),
  join('src', 'parse', 'parse-input.ts'),
];

describe('docs/validation.md', () => {
  it('explains every code the checks emit', () => {
    const docs = readFileSync(join(REPO_ROOT, 'docs', 'validation.md'), 'utf8');
    const codes = new Set<string>();
    for (const file of sources) {
      for (const match of readFileSync(join(REPO_ROOT, file), 'utf8').matchAll(
        /'((?:PARSE|CONTEXT|JSONLD|SCHEMA|CREDENTIAL_SCHEMA|TYPE|SUBJECT|CRITERIA|ISSUER|EVIDENCE|DATES|IMAGE|REC)_[A-Z0-9_]+)'/g,
      )) {
        codes.add(match[1] as string);
      }
    }
    expect(codes.size).toBeGreaterThan(40);
    const missing = [...codes].filter((code) => !docs.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});

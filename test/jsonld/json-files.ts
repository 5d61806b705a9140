// Every JSON-LD document among the repository's fixtures and spec examples (objects with an
// @context that are not themselves context files), for the differential tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../helpers/spec.js';

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith('.json')) out.push(path);
  }
  return out;
}

/** `[path relative to the repo, parsed document]` for each JSON-LD document fixture. */
export function jsonLdFixtures(): [string, Record<string, unknown>][] {
  const files = [
    ...walk(join(REPO_ROOT, 'fixtures'), []),
    join(REPO_ROOT, 'bench', 'fixtures', 'credential.json'),
  ];
  const out: [string, Record<string, unknown>][] = [];
  for (const file of files.sort()) {
    if (file.includes(`${join('fixtures', 'spec', 'contexts')}`)) continue;
    let document: unknown;
    try {
      document = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    if (
      typeof document === 'object' &&
      document !== null &&
      !Array.isArray(document) &&
      '@context' in document
    ) {
      out.push([relative(REPO_ROOT, file), document as Record<string, unknown>]);
    }
  }
  return out;
}

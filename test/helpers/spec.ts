// Paths into the spec artifacts copied into the repository (fixtures/spec, see its README for the
// provenance of every file) and small readers. Nothing here reads outside the repository.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SPEC_DIR = join(REPO_ROOT, 'fixtures', 'spec');

export function specPath(...parts: string[]): string {
  return join(SPEC_DIR, ...parts);
}

export function readSpecJson<T = Record<string, unknown>>(...parts: string[]): T {
  return JSON.parse(readFileSync(specPath(...parts), 'utf8')) as T;
}

export function readSpecText(...parts: string[]): string {
  return readFileSync(specPath(...parts), 'utf8');
}

export function readFixture<T = Record<string, unknown>>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', ...parts), 'utf8')) as T;
}

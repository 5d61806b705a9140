// Turning operands (files, directories, globs) into inputs, and reading them.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseJsonText } from '../internal/json-syntax.js';
import { CliError, messageOf } from './errors.js';
import { globToRegExp, isGlob, splitGlob } from './glob.js';

/** Extensions picked from directories and globs. */
export const CREDENTIAL_EXTENSIONS = ['.json', '.jwt', '.png', '.svg'];

const hasCredentialExtension = (file: string) =>
  CREDENTIAL_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext));

/** Expands operands into files, in order, without duplicates. */
export async function expandOperands(operands: readonly string[]): Promise<string[]> {
  const files = new Set<string>(); // insertion-ordered; a Set keeps 100,000 files linear
  for (const operand of operands) {
    const found = isGlob(operand) ? await expandGlob(operand) : await expandPath(operand);
    for (const file of found) files.add(file);
  }
  return [...files];
}

async function expandPath(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new CliError(`no such file or directory: ${path}`);
  if (!info.isDirectory()) return [path];
  const files = (await walk(path)).filter(hasCredentialExtension);
  if (files.length === 0)
    throw new CliError(`no credentials (*.json, *.jwt, *.png, *.svg) in ${path}`);
  return files;
}

async function expandGlob(pattern: string): Promise<string[]> {
  const { base, rest } = splitGlob(pattern);
  const regex = globToRegExp(rest);
  const info = await stat(base).catch(() => undefined);
  const candidates = info?.isDirectory() ? await walk(base) : [];
  const files = candidates.filter(
    (file) =>
      hasCredentialExtension(file) && regex.test(relative(base, file).replaceAll('\\', '/')),
  );
  if (files.length === 0) throw new CliError(`no credentials match ${pattern}`);
  return files;
}

// Every file under a directory, sorted, skipping dot-directories and node_modules.
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error) => {
    throw new CliError(`cannot read directory ${dir}: ${messageOf(error)}`);
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') {
        files.push(...(await walk(path)));
      }
    } else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** Reads a file's bytes, turning failures into a CliError. */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`,
    );
  }
}

/** Reads a file as UTF-8 text. */
export async function readText(file: string): Promise<string> {
  return new TextDecoder().decode(await readBytes(file));
}

/** Reads a JSON file. An error gives the position, never the contents (a key file's secret). */
export async function readJson(file: string): Promise<unknown> {
  const parsed = parseJsonText((await readText(file)).replace(/^\uFEFF/, ''));
  if (!parsed.ok) throw new CliError(`${file} is ${parsed.message}`);
  return parsed.value;
}

/**
 * Loads a resources map: a JSON object of URL -> file path (relative to the map file). Files are
 * read as JSON, or as text when they end in .jwt. Every file must be inside the map's folder —
 * or inside `root` (--resources-root) when given — after resolving symlinks: a map from a stranger
 * must not read ~/.ssh or a key file next to it.
 */
export async function loadResources(
  mapFile: string,
  root?: string,
): Promise<Record<string, unknown>> {
  const map = await readJson(mapFile);
  if (map === null || typeof map !== 'object' || Array.isArray(map)) {
    throw new CliError(`${mapFile} must be a JSON object of URL -> file`);
  }
  const dir = dirname(resolve(mapFile));
  const boundary = await realDirectory(
    root ?? dir,
    root === undefined ? mapFile : '--resources-root',
  );
  const where = root === undefined ? "the map's folder" : `--resources-root ${root}`;
  const resources: Record<string, unknown> = {};
  for (const [url, file] of Object.entries(map)) {
    if (typeof file !== 'string')
      throw new CliError(`${mapFile}: "${url}" must map to a file path`);
    if (root === undefined && isAbsolute(file)) {
      throw new CliError(
        `${mapFile}: "${url}" maps to an absolute path; entries must be inside the map's folder (or pass --resources-root <dir>)`,
      );
    }
    const path = resolve(dir, file);
    // Every error names the entry: a map of many URLs is fixed one line at a time.
    const real = await realpath(path).catch((error) => {
      throw new CliError(
        `${mapFile}: entry "${url}": cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`,
      );
    });
    if (!isInside(boundary, real)) {
      throw new CliError(`${mapFile}: "${url}" maps to ${file}, which is outside ${where}`);
    }
    try {
      resources[url] = real.toLowerCase().endsWith('.jwt')
        ? (await readText(real)).trim()
        : await readJson(real);
    } catch (error) {
      throw new CliError(`${mapFile}: entry "${url}": ${messageOf(error)}`);
    }
  }
  return resources;
}

async function realDirectory(path: string, what: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    throw new CliError(
      `cannot read ${what}: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`,
    );
  }
}

// Whether `path` is strictly below `dir` (both real paths).
function isInside(dir: string, path: string): boolean {
  const rest = relative(dir, path);
  return rest !== '' && rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
}

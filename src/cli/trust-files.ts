// --trust files: what a verifier trusts, as files. A JSON array of strings is a trust list (DIDs,
// domains, https origins); a DCC registry file ({ meta, registry }) is a registry given inline; a
// JSON array of objects lists registries as DCC's verifier-core does ({ name, type, url }), read
// through --resources (or the network with --allow-network).
import { basename } from 'node:path';
import type { TrustSource } from 'lerkit';
import { CliError } from './errors.js';
import { readJson } from './inputs.js';

/** The trust sources in the --trust files, in order. */
export async function readTrustFiles(files: readonly string[]): Promise<TrustSource[]> {
  const sources: TrustSource[] = [];
  for (const file of files) sources.push(...sourcesOf(file, await readJson(file)));
  return sources;
}

function sourcesOf(file: string, value: unknown): TrustSource[] {
  const name = basename(file);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return [{ type: 'list', name, entries: value }];
  }
  if (
    Array.isArray(value) &&
    value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))
  ) {
    return value as TrustSource[];
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as { registry?: unknown; registries?: unknown; meta?: { name?: unknown } };
    if (typeof object.registry === 'object' && object.registry !== null) {
      const named = typeof object.meta?.name === 'string' ? object.meta.name : name;
      return [{ type: 'dcc-legacy', name: named, registry: value as never }];
    }
    if (Array.isArray(object.registries)) return object.registries as TrustSource[];
  }
  throw new CliError(
    `${file} is not a trust file: expected a JSON array of DIDs, domains and https origins, a DCC registry ({ meta, registry }), or a list of registries ([{ name, type, url }])`,
  );
}

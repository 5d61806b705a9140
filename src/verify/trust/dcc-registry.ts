// Digital Credentials Consortium registries in their "dcc-legacy" format (DCC issuer-registry,
// read by DCC's verifier-core and issuer-registry-client): { meta, registry: { "<did>": { name,
// url, location, … } } }. The file comes through the verifier's loader like every other document;
// one that cannot be obtained or read makes every lookup `unknown`, never `not-found`.
import { InvalidArgumentError, isLerkitError } from '../../errors/index.js';
import { isObject, type JsonObject } from '../../internal/json.js';
import { cleanText } from './binding.js';
import type {
  DccRegistryFile,
  DccRegistrySource,
  TrustLookup,
  TrustLookupContext,
  TrustRegistry,
} from './types.js';

/**
 * Makes a trust registry of a DCC registry file ("dcc-legacy": `{ meta, registry: { "<did>": {
 * name, url, location } } }`). With `url`, the file is loaded through the verifier's loader at each
 * verification (the loader caches it for the verifier's lifetime): put it in `resources`, or allow
 * network access. With `registry`, the file is given.
 *
 * @param source - The registry's `name`, and its `url` or the file as `registry`.
 * @returns A {@link TrustRegistry}: `found` (with the registry's name, url and location for the
 *   issuer), `not-found`, or `unknown` when the file cannot be obtained or is not a DCC registry.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` without a name, or without exactly
 *   one of `url` and `registry`, or for a given `registry` that is not a DCC registry file.
 * @example
 * ```ts
 * const dcc = createDccRegistry({
 *   type: 'dcc-legacy',
 *   name: 'DCC Sandbox Registry',
 *   url: 'https://digitalcredentials.github.io/sandbox-registry/registry.json',
 * });
 * await verify(badge, { trust: [dcc], resources: { [dccUrl]: registryFile } });
 * ```
 */
export function createDccRegistry(source: DccRegistrySource): TrustRegistry {
  if (typeof source.name !== 'string' || source.name === '') {
    throw new InvalidArgumentError('A DCC registry needs a name', 'trust.name');
  }
  const { url, registry } = source;
  if ((url === undefined) === (registry === undefined)) {
    throw new InvalidArgumentError(
      `The DCC registry "${source.name}" needs exactly one of url and registry`,
      'trust.url',
    );
  }
  if (registry !== undefined) {
    const problem = registryProblem(registry);
    if (problem)
      throw new InvalidArgumentError(
        `The DCC registry "${source.name}" ${problem}`,
        'trust.registry',
      );
    return {
      name: source.name,
      lookup: async (issuerId) => lookupIn(registry as unknown as JsonObject, issuerId),
    };
  }
  if (typeof url !== 'string' || url === '') {
    throw new InvalidArgumentError(
      `The DCC registry "${source.name}" url must be a string`,
      'trust.url',
    );
  }
  return {
    name: source.name,
    lookup: async (issuerId, context) => {
      const file = await load(url, context);
      if (typeof file === 'string') return { status: 'unknown', reason: file };
      return lookupIn(file, issuerId);
    },
  };
}

/**
 * Whether a value is a DCC registry file: an object whose `registry` maps issuer ids to objects.
 *
 * @param value - Any value (a parsed JSON file).
 * @returns `true` for a {@link DccRegistryFile}.
 * @example
 * ```ts
 * isDccRegistryFile({ registry: { 'did:key:z6Mk…': { name: 'Example University' } } }); // true
 * ```
 */
export function isDccRegistryFile(value: unknown): value is DccRegistryFile {
  return registryProblem(value) === undefined;
}

function registryProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'is not a JSON object';
  if (!isObject(value.registry)) {
    return 'has no "registry" object (a DCC registry is { meta, registry: { "<did>": { name, url, location } } })';
  }
  if (value.meta !== undefined && !isObject(value.meta))
    return 'has a "meta" that is not an object';
  return undefined;
}

async function load(url: string, context: TrustLookupContext): Promise<JsonObject | string> {
  let document: unknown;
  try {
    document = (await context.documentLoader(url)).document;
  } catch (error) {
    const why = isLerkitError(error) ? error.message : String((error as Error)?.message ?? error);
    return `${url} could not be obtained: ${why}`;
  }
  if (typeof document === 'string') {
    try {
      document = JSON.parse(document);
    } catch {
      return `${url} is not JSON`;
    }
  }
  const problem = registryProblem(document);
  return problem ? `${url} ${problem}` : (document as JsonObject);
}

function lookupIn(file: JsonObject, issuerId: string): TrustLookup {
  const registry = file.registry as JsonObject;
  // Own members only: "constructor" or "__proto__" is not an issuer.
  if (!Object.hasOwn(registry, issuerId)) return { status: 'not-found' };
  const entry = registry[issuerId];
  if (!isObject(entry)) {
    return { status: 'unknown', reason: `its entry for ${issuerId} is not an object` };
  }
  const found: TrustLookup & { status: 'found' } = { status: 'found' };
  const name = cleanText(entry.name);
  const url = cleanText(entry.url);
  const location = cleanText(entry.location);
  if (name !== undefined) found.name = name;
  if (url !== undefined) found.url = url;
  if (location !== undefined) found.location = location;
  return found;
}

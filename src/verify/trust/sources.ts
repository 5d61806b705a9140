// Reading the `trust` option: every trust source becomes a TrustRegistry, once per verifier.
import { InvalidArgumentError, isLerkitError } from '../../errors/index.js';
import { isObject } from '../../internal/json.js';
import { createDccRegistry } from './dcc-registry.js';
import { createOidfRegistry } from './oidf-registry.js';
import { createTrustList } from './trust-list.js';
import type {
  DccRegistrySource,
  OidfRegistrySource,
  TrustList,
  TrustRegistry,
  TrustSource,
} from './types.js';

/** The registries of the `trust` option, in order; throws for a source lerkit cannot use. */
export function readTrustSources(value: unknown): TrustRegistry[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError(
      'trust must be an array of trust sources (lists of DIDs/domains, DCC or OpenID Federation registries, TrustRegistry objects)',
      'trust',
    );
  }
  return value.map((source, i) => {
    try {
      return registryOf(source as TrustSource);
    } catch (error) {
      if (!isLerkitError(error, 'ERR_LERKIT_INVALID_ARGUMENT')) throw error;
      const field = error.field?.replace(/^trust/, '') ?? '';
      throw new InvalidArgumentError(`trust[${i}]: ${error.message}`, `trust[${i}]${field}`, {
        cause: error,
      });
    }
  });
}

function registryOf(source: TrustSource): TrustRegistry {
  if (Array.isArray(source)) return createTrustList({ type: 'list', entries: source as string[] });
  if (!isObject(source))
    throw new InvalidArgumentError('A trust source must be an array or an object', 'trust');
  if (typeof source.lookup === 'function') {
    if (typeof source.name !== 'string' || source.name === '') {
      throw new InvalidArgumentError('A TrustRegistry needs a name', 'trust.name');
    }
    return source as unknown as TrustRegistry;
  }
  switch (source.type) {
    case 'list':
      return createTrustList(source as unknown as TrustList);
    case 'dcc-legacy':
      return createDccRegistry(source as unknown as DccRegistrySource);
    case 'oidf':
      return createOidfRegistry(source as unknown as OidfRegistrySource);
    default:
      throw new InvalidArgumentError(
        `Unknown trust source type ${JSON.stringify(source.type)} (expected "list", "dcc-legacy", "oidf", or an object with lookup())`,
        'trust.type',
      );
  }
}

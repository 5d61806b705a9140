// Fuzz: DIDs through resolveDid (did:key, did:jwk offline; only its documented typed errors) and
// status-list bitstrings through decodeStatusList (only StatusListDecodeError).
import fc from 'fast-check';
import { isLerkitError } from '../../src/errors/index.js';
import { resolveDid } from '../../src/proof/index.js';
import {
  decodeStatusList,
  encodeStatusList,
  StatusListDecodeError,
} from '../../src/status/bitstring.js';
import { fuzz } from './harness.js';
import { mutatedText } from './mutate.js';
import { DIDS } from './seeds.js';

fuzz({
  name: 'resolveDid (did:key, did:jwk)',
  arbitrary: mutatedText(DIDS, ['did:', ':', '#', '%', 'z', 'ey', 'did:key:z', 'did:jwk:']),
  run: (did) => resolveDid(did),
  accept: (error) =>
    isLerkitError(error, 'ERR_LERKIT_INVALID_ARGUMENT') ||
    isLerkitError(error, 'ERR_LERKIT_UNSUPPORTED') ||
    isLerkitError(error, 'ERR_LERKIT_DOCUMENT_LOAD_FAILED') ||
    isLerkitError(error, 'ERR_LERKIT_DOCUMENT_NOT_FOUND'),
  batch: { full: 2500, slice: 80 },
  batches: 3,
});

const lists = await Promise.all([
  encodeStatusList({ set: [1, 94567] }),
  encodeStatusList({ multibase: false, set: [7] }),
  encodeStatusList({ length: 8 }),
]);

fuzz({
  name: 'status list bitstring',
  arbitrary: fc.tuple(mutatedText(lists, ['u', 'H4sI', '=']), fc.boolean()),
  run: ([text, required]) =>
    decodeStatusList(text, { multibase: required ? 'required' : 'optional' }),
  accept: (error) => error instanceof StatusListDecodeError,
  batch: { full: 1000, slice: 30 },
  batches: 3,
});

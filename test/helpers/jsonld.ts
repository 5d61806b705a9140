// JSON-LD expansion in safe mode with lerkit's offline loader: throws on any undefined term,
// relative IRI or invalid value.
import jsonld from 'jsonld';
import { createDocumentLoader } from '../../src/context/index.js';

const documentLoader = createDocumentLoader();

export async function expandSafe(document: object): Promise<unknown[]> {
  return jsonld.expand(structuredClone(document), { documentLoader, safe: true });
}

// Loading a linked Badge Object: through the session's one document loader (bundled contexts,
// resources, the caller's loader, and fetch only when the caller gives it), and checked to be what
// was asked for (OB 2.0 §HostedBadge Verification: the document at a URL is the one whose id it is).
import type { DocumentLoader } from '../context/types.js';
import { isObject, type JsonObject } from '../internal/json.js';

/** Why a linked document cannot be used. */
export type LoadFailure = 'unavailable' | 'gone' | 'not-an-object' | 'id-mismatch';

/** A linked document, loaded or not. */
export type Loaded =
  | { readonly ok: true; readonly url: string; readonly document: JsonObject }
  | {
      readonly ok: false;
      readonly url: string;
      readonly reason: LoadFailure;
      readonly message: string;
      /** The document, when one was served (its id differs). */
      readonly document?: JsonObject;
    };

/**
 * Loads the Badge Object at a URL. A document whose `id` is not the URL is not that Badge Object.
 * An HTTP 410 Gone answer (a revoked hosted assertion, OB 2.0 §Revoking Hosted Assertions) is told
 * apart from other failures.
 */
export async function loadBadgeObject(url: string, loader: DocumentLoader): Promise<Loaded> {
  let document: unknown;
  try {
    document = (await loader(url)).document;
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    const status = (error as { status?: unknown })?.status;
    const gone = status === 410 || /\bHTTP 410\b/.test(message);
    return { ok: false, url, reason: gone ? 'gone' : 'unavailable', message };
  }
  if (!isObject(document)) {
    return { ok: false, url, reason: 'not-an-object', message: `${url} is not a JSON object` };
  }
  if (tooDeep(document)) {
    // Hostile input is normal input: a document no Badge Object needs is not read at all.
    return {
      ok: false,
      url,
      reason: 'not-an-object',
      message: `${url} nests more than ${MAX_DEPTH} levels deep; no Badge Object does`,
    };
  }
  const id = document.id ?? document['@id'];
  if (id !== url) {
    return {
      ok: false,
      url,
      reason: 'id-mismatch',
      message: `The document at ${url} has id ${JSON.stringify(id ?? null)}, not ${url}`,
      document,
    };
  }
  return { ok: true, url, document };
}

const MAX_DEPTH = 64;

// Iterative, so a hostile document cannot exhaust the stack here.
function tooDeep(root: unknown): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  let visited = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > MAX_DEPTH || ++visited > 1_000_000) return true;
    if (node !== null && typeof node === 'object') {
      for (const value of Object.values(node)) stack.push([value, depth + 1]);
    }
  }
  return false;
}

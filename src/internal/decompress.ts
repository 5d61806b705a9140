// Bounded decompression on the platform's DecompressionStream: stops reading (and cancels the
// stream) as soon as the output would exceed the limit, so a compression bomb costs little memory.
import { concatBytes } from './encoding.js';

/** The result of {@link decompress}: the bytes, or why there are none. */
export type Decompressed =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'limit' | 'invalid'; message: string };

/** Inflates `deflate` (zlib) or `gzip` data, refusing output beyond `limit` bytes. */
export async function decompress(
  data: Uint8Array,
  format: 'deflate' | 'gzip',
  limit: number,
): Promise<Decompressed> {
  const reader = new Blob([data as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream(format))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        return { ok: false, reason: 'limit', message: `the output exceeds ${limit} bytes` };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, reason: 'invalid', message: (error as Error)?.message ?? String(error) };
  }
  return { ok: true, bytes: concatBytes(...chunks) };
}

import { describe, expect, it } from 'vitest';
import {
  checkSizes,
  formatBytes,
  MAX_PACKED_BYTES,
  MAX_UNPACKED_BYTES,
  // @ts-expect-error -- a plain .mjs script without type declarations
} from '../../scripts/package-size.mjs';

describe('package size budget', () => {
  it('passes a package under both caps', () => {
    expect(
      checkSizes({ size: MAX_PACKED_BYTES - 1, unpackedSize: MAX_UNPACKED_BYTES - 1 }),
    ).toEqual([]);
  });

  it('names each cap a package reaches', () => {
    expect(checkSizes({ size: 848_060, unpackedSize: 8_073_886 })).toEqual([
      'packed 848.1 kB is over the 500.0 kB cap',
      'unpacked 8.07 MB is over the 2.50 MB cap',
    ]);
    expect(checkSizes({ size: 1, unpackedSize: MAX_UNPACKED_BYTES })).toHaveLength(1);
    expect(checkSizes({ size: MAX_PACKED_BYTES, unpackedSize: 1 })).toHaveLength(1);
  });

  it('fails closed on a size npm did not report', () => {
    expect(checkSizes({})).toHaveLength(2);
  });

  it('prints sizes in decimal units, like npm', () => {
    expect([formatBytes(999), formatBytes(45_678), formatBytes(1_234_567)]).toEqual([
      '999 B',
      '45.7 kB',
      '1.23 MB',
    ]);
  });
});

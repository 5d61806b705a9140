/**
 * Open Badges 2.0: converting a 2.0 badge to an Open Badges 3.0 OpenBadgeCredential. (Verifying
 * and validating 2.0 badges needs nothing from here: `verify` and `validate` read them as they are,
 * hosted, signed or baked.)
 *
 * @module ob2
 */
export type { ConversionNote, ConvertOb2Options, Ob2Conversion } from './convert.js';
export { convertOb2ToOb3 } from './convert.js';

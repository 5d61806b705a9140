/**
 * Baking: credentials embedded in PNG and SVG badge images, and extracted from them.
 *
 * @module bake
 */
export type { BakeImage, ExtractedCredential, ExtractOptions, ImageFormat } from './bake.js';
export { bake, detectImageFormat, extract } from './bake.js';
export { CLR_SVG_NAMESPACE, OB2_SVG_NAMESPACE, OB3_SVG_NAMESPACE } from './svg.js';

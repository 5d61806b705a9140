// Fuzz: baked images — PNG bytes and SVG text/bytes through extract. It throws only its documented
// typed errors (InvalidImageError, NoBakedCredentialError), never anything else.
import fc from 'fast-check';
import { extract } from '../../src/bake/index.js';
import { isLerkitError } from '../../src/errors/index.js';
import { fuzz } from './harness.js';
import { mutatedBytes, mutatedText } from './mutate.js';
import { PNGS, SVGS } from './seeds.js';

const imageError = (error: unknown) =>
  isLerkitError(error, 'ERR_LERKIT_INVALID_IMAGE') ||
  isLerkitError(error, 'ERR_LERKIT_NO_BAKED_CREDENTIAL');

fuzz({
  name: 'PNG extract',
  arbitrary: mutatedBytes(PNGS),
  run: (bytes) => extract(bytes),
  accept: imageError,
  batch: { full: 2500, slice: 80 },
  batches: 4,
});

const svgTokens = [
  '<openbadges:credential>',
  '</openbadges:credential>',
  '<openbadges:assertion verify="x">',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<!DOCTYPE svg [<!ENTITY a "b">]>',
  '&amp;',
  '&#x0;',
  '&#1114112;',
  '&nope;',
  '<?xml ?>',
  '"',
  "'",
];

fuzz({
  name: 'SVG extract',
  arbitrary: fc.oneof(
    mutatedText(SVGS, svgTokens),
    mutatedText(SVGS, svgTokens).map((text) => new TextEncoder().encode(text)),
  ),
  run: (svg) => extract(svg),
  accept: imageError,
  batch: { full: 2500, slice: 80 },
  batches: 3,
});

// API reference (`npm run docs`): every entry point of package.json `exports`, warnings are errors.
import { readEntryPoints } from './scripts/entry-points.mjs';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
const config = {
  $schema: 'https://typedoc.org/schema.json',
  entryPoints: readEntryPoints().map((entry) => entry.source),
  out: 'docs/api',
  name: 'lerkit',
  readme: 'README.md',
  treatWarningsAsErrors: true,
  treatValidationWarningsAsErrors: true,
  excludePrivate: true,
  excludeInternal: true,
  validation: {
    notExported: true,
    invalidLink: true,
    notDocumented: true,
  },
  disableSources: true,
  // The literal tables behind CheckId and Code; CHECKS and CODES are their documented exports.
  intentionallyNotExported: ['TABLE'],
};

export default config;

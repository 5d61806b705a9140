import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { checkLayers } from '../../scripts/check-layers.mjs';

const run = (files: Record<string, string>): string[] =>
  checkLayers(new Map(Object.entries(files)));

describe('check-layers', () => {
  it('accepts imports that point down the layers', () => {
    expect(
      run({
        'verify/verify.ts': "import { x } from '../proof/index.js';",
        'proof/index.ts': "import { y } from '../errors/index.js';",
        'errors/index.ts': '',
      }),
    ).toEqual([]);
  });

  it('rejects an import that points up', () => {
    expect(
      run({
        'context/a.ts': "import { verify } from '../verify/verify.js';",
        'verify/verify.ts': '',
      }),
    ).toEqual([expect.stringContaining('context (layer 2) may not depend on verify (layer 7)')]);
  });

  it('rejects sideways imports between areas of the same layer, and dynamic imports too', () => {
    expect(
      run({ 'builders/a.ts': "const m = await import('../parse/b.js');", 'parse/b.ts': '' }),
    ).toEqual([expect.stringContaining('builders (layer 3) may not depend on parse (layer 3)')]);
  });

  it('finds import cycles', () => {
    const violations = run({
      'proof/a.ts': "import './b.js';",
      'proof/b.ts': "export * from './a.js';",
    });
    expect(violations).toEqual([
      expect.stringContaining('import cycle: proof/a.ts -> proof/b.ts -> proof/a.ts'),
    ]);
  });

  it('keeps Node built-ins out of the core', () => {
    expect(run({ 'proof/a.ts': "import { readFile } from 'node:fs/promises';" })).toEqual([
      expect.stringContaining('only the CLI'),
    ]);
    expect(
      run({
        'cli/main.ts':
          "import { readFile } from 'node:fs/promises';\nimport { verify } from 'lerkit';",
        'index.ts': '',
      }),
    ).toEqual([]);
  });

  it('lets the Node adapters (src/node) use Node built-ins and the core, not the reverse', () => {
    expect(
      run({
        'node/safe-fetch.ts':
          "import { request } from 'node:https';\nimport type { FetchLike } from '../context/types.js';",
        'context/types.ts': '',
      }),
    ).toEqual([]);
    expect(
      run({
        'verify/a.ts': "import { createSafeFetch } from '../node/index.js';",
        'node/index.ts': '',
      }),
    ).toEqual([expect.stringContaining('verify (layer 7) may not depend on node (layer 8)')]);
  });
});

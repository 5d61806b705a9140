// Issue 18 item 14: counts in the CLI's text output agree with their number ("1 warning", never
// "1 warnings"); the demo uses the same rule (scripts/demo.ts).
import { describe, expect, it } from 'vitest';
import { plural } from '../../src/cli/output/text.js';
import { lerkit } from './run-cli.js';

describe('plurals in the text output', () => {
  it('plural() writes one noun in the singular and any other count in the plural', () => {
    expect(plural(1, 'warning')).toBe('1 warning');
    expect(plural(0, 'warning')).toBe('0 warnings');
    expect(plural(2, 'finding')).toBe('2 findings');
  });

  it('lerkit verify ends with "1 warning" for one file with a warning', async () => {
    const { code, stdout } = await lerkit(
      'verify',
      'fixtures/cli/warning/vc-1.1-legacy.json',
      '--now',
      '2025-06-01T00:00:00Z',
    );
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('0 passed, 0 failed, 1 warning');
  });
});

// Every example in docs/examples runs, and does what the docs say.
import { describe, expect, it, vi } from 'vitest';

describe('docs/examples', () => {
  it('quick-start issues, signs and verifies a badge', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { main } = await import('../../docs/examples/quick-start.js');
    const report = await main();
    expect(report).toMatchObject({
      verified: true,
      status: 'valid',
      kind: 'AchievementCredential',
    });
    log.mockRestore();
  });
});

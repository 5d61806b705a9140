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

describe('docs/examples/issue-from-sis', () => {
  it('issues badges for completed courses only and verifiable transcripts per student', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { main } = await import('../../docs/examples/issue-from-sis.js');
    const { badges, transcripts, reports } = await main();
    expect([...badges.keys()]).toEqual(['S-1001']);
    expect(badges.get('S-1001')).toHaveLength(2);
    expect(transcripts).toHaveLength(1);
    expect(reports.every((r) => r.verified)).toBe(true);
    log.mockRestore();
  });
});

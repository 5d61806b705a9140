import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/internal/suggest.js';

describe('suggest', () => {
  it('finds the closest names, nearest first', () => {
    expect(
      suggest('credentialSubjet', ['issuer', 'credentialSubject', 'credentialSchema']),
    ).toEqual(['credentialSubject']);
    expect(suggest('verfy', ['verify', 'validate', 'sign'])).toEqual(['verify']);
    expect(suggest('OpenBadgeCredentail', ['OpenBadgeCredential', 'ClrCredential'])).toEqual([
      'OpenBadgeCredential',
    ]);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('issuer', 'isuser')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('returns an exact match (ignoring case) alone', () => {
    expect(suggest('Issuer', ['issuers', 'issuer'])).toEqual(['issuer']);
  });

  it('suggests nothing for names too far away, too short to guess, or absurdly long', () => {
    expect(suggest('zzzzzz', ['issuer', 'verify'])).toEqual([]);
    expect(suggest('ab', ['xy'])).toEqual([]);
    expect(suggest('', ['a'])).toEqual([]);
    expect(suggest('a'.repeat(10_000), ['a'.repeat(10_000)])).toEqual([]);
  });

  it('honours limit and maxDistance', () => {
    const names = ['json', 'jsonl', 'junit', 'text', 'sarif'];
    expect(suggest('jsn', names, { maxDistance: 2, limit: 2 })).toEqual(['json', 'jsonl']);
    expect(suggest('jsn', names, { maxDistance: 0 })).toEqual([]);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createIdentityObject, identityHash, matchesIdentity } from '../../src/builders/index.js';

describe('IdentityObject', () => {
  it('hashes as the spec example: sha256 of "a@example.com" salted with "Kosher"', () => {
    // OB 3.0 §IdentityHash
    expect(identityHash('a@example.com', 'Kosher')).toBe(
      'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399',
    );
    expect(
      createIdentityObject({
        identityType: 'emailAddress',
        value: 'a@example.com',
        salt: 'Kosher',
      }),
    ).toEqual({
      type: 'IdentityObject',
      hashed: true,
      identityHash: 'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399',
      identityType: 'emailAddress',
      salt: 'Kosher',
    });
  });

  it('salts with a fresh random value when none is given', () => {
    const a = createIdentityObject({ identityType: 'emailAddress', value: 'a@example.com' });
    const b = createIdentityObject({ identityType: 'emailAddress', value: 'a@example.com' });
    expect(a.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(a.identityHash).not.toBe(b.identityHash);
  });

  it('keeps a plain identifier when hashed is false', () => {
    expect(
      createIdentityObject({ identityType: 'name', value: 'Ada Lovelace', hashed: false }),
    ).toEqual({
      type: 'IdentityObject',
      hashed: false,
      identityHash: 'Ada Lovelace',
      identityType: 'name',
    });
  });

  it('matches a known identifier against hashed (sha256, md5, any hex case) and plain identities', () => {
    const hashed = createIdentityObject({
      identityType: 'emailAddress',
      value: 'a@example.com',
      salt: 'Kosher',
    });
    expect(matchesIdentity(hashed, { identityType: 'emailAddress', value: 'a@example.com' })).toBe(
      true,
    );
    expect(matchesIdentity(hashed, { identityType: 'emailAddress', value: 'b@example.com' })).toBe(
      false,
    );
    expect(matchesIdentity(hashed, { identityType: 'name', value: 'a@example.com' })).toBe(false);
    expect(
      matchesIdentity(
        { ...hashed, identityHash: hashed.identityHash.toUpperCase().replace('SHA256', 'sha256') },
        { identityType: 'emailAddress', value: 'a@example.com' },
      ),
    ).toBe(true);
    const md5 = createHash('md5').update('a@example.comKosher').digest('hex');
    const legacy = {
      type: 'IdentityObject',
      hashed: true,
      identityType: 'emailAddress',
      salt: 'Kosher',
      identityHash: `md5$${md5}`,
    };
    expect(matchesIdentity(legacy, { identityType: 'emailAddress', value: 'a@example.com' })).toBe(
      true,
    );
    expect(
      matchesIdentity(
        {
          type: 'IdentityObject',
          hashed: false,
          identityHash: 'S-42',
          identityType: 'sisSourcedId',
        },
        { identityType: 'sisSourcedId', value: 'S-42' },
      ),
    ).toBe(true);
    expect(
      matchesIdentity(
        { identityHash: 'sha1$abc', hashed: true, identityType: 'emailAddress' },
        { identityType: 'emailAddress', value: 'x' },
      ),
    ).toBe(false);
    expect(matchesIdentity(null, { identityType: 'emailAddress', value: 'x' })).toBe(false);
  });

  it('rejects bad input naming the field', () => {
    expect(() => createIdentityObject({ identityType: 'emailAddress', value: '' })).toThrow(
      expect.objectContaining({ field: 'identifier.value' }),
    );
    expect(() =>
      createIdentityObject({ identityType: 'emailAddress', value: 'x', hashed: false, salt: 's' }),
    ).toThrow(expect.objectContaining({ field: 'identifier.salt' }));
    expect(() =>
      createIdentityObject({ identityType: 'ext:studentCard', value: 'x' }),
    ).not.toThrow();
  });
});

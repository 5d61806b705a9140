import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  DocumentNotFoundError,
  InvalidArgumentError,
  IssuerKeyMismatchError,
  isLerkitError,
  LerkitError,
} from '../../src/errors/index.js';

describe('errors', () => {
  it('carry a stable code, a name and the cause', () => {
    const cause = new Error('root');
    const error = new DocumentNotFoundError('https://x.example/', undefined, { cause });
    expect(error).toBeInstanceOf(LerkitError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      code: 'ERR_LERKIT_DOCUMENT_NOT_FOUND',
      name: 'DocumentNotFoundError',
      url: 'https://x.example/',
      cause,
    });
    expect(new IssuerKeyMismatchError('a', 'b').message).toContain('allowIssuerMismatch');
  });

  it('isLerkitError recognises lerkit errors, optionally by code', () => {
    const error = new InvalidArgumentError('bad', 'field');
    expect(isLerkitError(error)).toBe(true);
    expect(isLerkitError(error, 'ERR_LERKIT_INVALID_ARGUMENT')).toBe(true);
    expect(isLerkitError(error, 'ERR_LERKIT_DOCUMENT_NOT_FOUND')).toBe(false);
    expect(isLerkitError(new Error('x'))).toBe(false);
    expect(isLerkitError({ code: 'ERR_LERKIT_INVALID_ARGUMENT' })).toBe(false);
    expect(isLerkitError(null)).toBe(false);
  });

  it('isLerkitError works across realms', () => {
    const error = new InvalidArgumentError('bad');
    const crossRealm = runInNewContext('(e) => e', {})(error);
    expect(isLerkitError(crossRealm, 'ERR_LERKIT_INVALID_ARGUMENT')).toBe(true);
  });
});

// foldFindings: consequences under their root cause, repeats collapsed with a count;
// groupFindings: the same cause across a report and its nested reports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { finding } from '../../src/report/finding.js';
import { foldFindings, groupFindings } from '../../src/report/fold.js';
import type { Finding, VerificationReport } from '../../src/report/types.js';
import { validate } from '../../src/validate/index.js';

const typo = (): Finding => ({
  ...finding('JSONLD_UNDEFINED_TERM', '/credentialSubjct', 'did you mean `credentialSubject`?'),
  suggestion: 'credentialSubject',
});

describe('foldFindings', () => {
  it('folds what a misspelt property causes under it, and nothing else', () => {
    const required = finding(
      'SCHEMA_REQUIRED',
      '/credentialSubject',
      '`credentialSubject` is required',
    );
    const inside = finding('SUBJECT_NO_ID', '/credentialSubject/id', 'no id');
    const other = finding('SCHEMA_REQUIRED', '/issuer', '`issuer` is required');
    const top = foldFindings([typo(), required, inside, other]);
    expect(top.map((f) => f.code)).toEqual(['JSONLD_UNDEFINED_TERM', 'SCHEMA_REQUIRED']);
    expect(top[0]?.related).toEqual([required, inside]);
    expect(top[1]?.path).toBe('/issuer');
  });

  it('without a suggestion, a misspelt property folds nothing', () => {
    const { suggestion: _none, ...plain } = typo();
    const required = finding('SCHEMA_REQUIRED', '/credentialSubject', 'required');
    expect(foldFindings([plain, required])).toHaveLength(2);
  });

  it('never folds an error under a warning (the verdict stays the same)', () => {
    const warning = finding('CONTEXT_VC_V1', '/@context/0', 'VC 1.1');
    const error = { ...finding('SCHEMA_VC_V1', '', 'no schema'), severity: 'error' as const };
    const top = foldFindings([warning, error]);
    expect(top).toHaveLength(2);
    expect(top[0]?.related).toBeUndefined();
  });

  it('folds two checks on the same value, the first one first', () => {
    const jsonld = finding('JSONLD_RELATIVE_IRI', '/issuer/id', 'relative');
    const rules = finding('RULES_ISSUER_ID_INVALID', '/issuer/id', 'not a URI');
    const top = foldFindings([jsonld, rules]);
    expect(top).toEqual([{ ...jsonld, related: [rules] }]);
  });

  it('collapses the same finding at several places into one, counted', () => {
    const at = (path: string) => finding('RECOMMENDED_ACHIEVEMENT_IMAGE', path, 'no image');
    const top = foldFindings([at('/a/image'), at('/b/image'), at('/c/image')]);
    expect(top).toHaveLength(1);
    expect(top[0]?.occurrences).toBe(3);
    expect(top[0]?.related?.map((f) => f.path)).toEqual(['/b/image', '/c/image']);
  });

  it("never folds or collapses a proof's finding: each proof is its own verdict", () => {
    const verified = (path: string) => finding('PROOF_VERIFIED', path, 'verified');
    expect(foldFindings([verified('/proof/0'), verified('/proof/1')])).toHaveLength(2);
    // A tampered credential: its missing type does not hide the signature failure.
    const type = finding('TYPE_MISSING', '/type', 'no type');
    const signature = finding('PROOF_SIGNATURE_INVALID', '/type', 'invalid signature');
    expect(foldFindings([type, signature]).map((f) => f.code)).toEqual([
      'TYPE_MISSING',
      'PROOF_SIGNATURE_INVALID',
    ]);
  });

  it('never folds a signed-data gate finding: `@type` written for `type` is its own cause', () => {
    const type = finding('TYPE_MISSING', '/credentialSubject/achievement/type', 'no type');
    const keyword = finding('JSONLD_KEYWORD', '/credentialSubject/achievement/@type', 'keyword');
    const undefinedTerm = finding('JSONLD_UNDEFINED_TERM', '/credentialSubject/achievement/x', 'x');
    const top = foldFindings([type, keyword, undefinedTerm]);
    expect(top.map((f) => f.code)).toEqual(['TYPE_MISSING', 'JSONLD_KEYWORD']);
    expect(top[0]?.related).toEqual([undefinedTerm]);
  });

  it('keeps a gate finding at the top when a check folds earlier findings (type written as an IRI)', async () => {
    const { input } = JSON.parse(readFileSync('fixtures/verify/did-web-unresolved.json', 'utf8'));
    input.type = [
      'VerifiableCredential',
      'https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential',
    ];
    const report = await validate(input);
    expect(report.findings.map((f) => [f.code, f.path])).toContainEqual([
      'JSONLD_TERM_ALIAS',
      '/type/1',
    ]);
  });

  it('a property named like an Object.prototype member is an undefined term, not a crash', async () => {
    const { input } = JSON.parse(readFileSync('fixtures/verify/did-web-unresolved.json', 'utf8'));
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const credential = JSON.parse(JSON.stringify(input));
      Object.defineProperty(credential.credentialSubject, name, { value: 'x', enumerable: true });
      const report = await validate(credential);
      const found = report.findings.find((f) => f.path === `/credentialSubject/${name}`);
      expect(found?.check, name).toBe('jsonld');
      expect(found?.suggestion ?? '', name).toBeTypeOf('string');
    }
  });
});

describe('groupFindings', () => {
  const report = (findings: Finding[], path?: string, nested?: VerificationReport[]) =>
    ({
      status: 'invalid',
      verified: false,
      kind: 'AchievementCredential',
      checks: [],
      findings,
      ...(path ? { path } : {}),
      ...(nested ? { nested } : {}),
    }) as VerificationReport;

  it('groups the same cause in nested credentials, with each place', () => {
    const expired = () =>
      finding('DATES_EXPIRED', '/validUntil', 'expired at 2020-01-01T00:00:00Z');
    const top = report([typo()], undefined, [
      report([expired()], '/credentialSubject/achievement/endorsement/0'),
      report([expired()], '/credentialSubject/achievement/endorsement/1'),
    ]);
    expect(groupFindings(top)).toEqual([
      {
        code: 'JSONLD_UNDEFINED_TERM',
        message: 'did you mean `credentialSubject`?',
        occurrences: [{ path: '/credentialSubjct', nestedPath: '' }],
      },
      {
        code: 'DATES_EXPIRED',
        message: 'expired at 2020-01-01T00:00:00Z',
        occurrences: [
          { path: '/validUntil', nestedPath: '/credentialSubject/achievement/endorsement/0' },
          { path: '/validUntil', nestedPath: '/credentialSubject/achievement/endorsement/1' },
        ],
      },
    ]);
  });

  it('counts collapsed repeats at each of their places, and not folded consequences', () => {
    const at = (path: string) => finding('RECOMMENDED_ACHIEVEMENT_IMAGE', path, 'no image');
    const required = finding('SCHEMA_REQUIRED', '/credentialSubject', 'required');
    const groups = groupFindings(
      report(foldFindings([typo(), required, at('/a/image'), at('/b/image')])),
    );
    expect(groups.map((g) => [g.code, g.occurrences.length])).toEqual([
      ['JSONLD_UNDEFINED_TERM', 1],
      ['RECOMMENDED_ACHIEVEMENT_IMAGE', 2],
    ]);
  });
});

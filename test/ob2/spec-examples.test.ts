// The OB 2.0 specification's own examples (fixtures/spec/text/ob_v2p0: the spec and its examples
// page), as published: every JSON block is read (the published text has trailing commas and line
// breaks inside strings, which are repaired here and nowhere else), the complete Badge Objects
// validate, and the examples that form a graph verify together with the verdict the spec implies.
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { verify } from '../../src/verify/index.js';
import { checkOf, errorCodes } from '../helpers/report.js';
import { readSpecText } from '../helpers/spec.js';
import { type Json, OB2 } from './world.js';

interface Block {
  /** The heading the block is under, and its number in the file (1-based). */
  title: string;
  n: number;
  lang: string;
  text: string;
}

function blocks(file: string): Block[] {
  const text = readSpecText('text', 'ob_v2p0', file);
  const out: Block[] = [];
  let title = '';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('#')) title = line.replace(/^#+\s*/, '').replace(/\s*\(.*$/, '');
    const open = /^``` (json|html)$/.exec(line);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    out.push({
      title,
      n: out.length + 1,
      lang: open[1] as string,
      text: lines.slice(i + 1, end).join('\n'),
    });
    i = end;
  }
  return out;
}

/** JSON as published: line breaks inside strings and trailing commas repaired. */
function lenientJson(text: string): Json {
  let out = '';
  let inString = false;
  let escaped = false;
  for (const c of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      else if (c === '\n') {
        out += ' ';
        continue;
      }
    } else if (c === '"') inString = true;
    out += c;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

const EXAMPLES = blocks('ob_v2p0-examples.md');
const SPEC = blocks('ob_v2p0-spec.md');
const json = (list: Block[], n: number) => lenientJson((list[n - 1] as Block).text);

describe('the OB 2.0 examples page, block by block', () => {
  // The verdict of validate() for each block that is a complete Badge Object; the others are
  // fragments ("The examples below are often abbreviated to highlight a specific feature, so not all
  // examples contain all the required properties") or documents verified in their graph below.
  const complete: Record<number, [string, string]> = {
    1: ['Assertion Example', 'OB2Assertion'],
    2: ['BadgeClass Example', 'OB2BadgeClass'],
    3: ['Issuer/Profile Example', 'OB2Profile'],
    4: ['Open Badges in Linked Data', 'OB2Assertion'],
    7: ['Signed Badges Example', 'OB2Assertion'],
    24: ['Endorsement Examples', 'OB2Endorsement'],
    25: ['Endorsement Examples', 'OB2Endorsement'],
    26: ['Endorsement Examples', 'OB2Endorsement'],
    27: ['Endorsement Examples', 'OB2Endorsement'],
  };

  it('has the blocks this table describes', () => {
    expect(EXAMPLES.length).toBe(27);
    for (const [n, [title]] of Object.entries(complete)) {
      expect(EXAMPLES[Number(n) - 1]?.title).toBe(title);
    }
  });

  it.each(Object.entries(complete))('block %s (%s) validates', async (n, [, kind]) => {
    const report = await validate(json(EXAMPLES, Number(n)));
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ valid: true, status: 'valid', kind });
  });

  it('every other JSON block is a fragment or a document of a graph, and reads as JSON (one excepted)', () => {
    for (const block of EXAMPLES.filter((b) => b.lang === 'json' && !(b.n in complete))) {
      if (block.title === 'Evidence Example' && (block.n === 17 || block.n === 18)) {
        // As published, these two blocks lack their closing brace.
        expect(() => lenientJson(block.text)).toThrow();
        continue;
      }
      expect(lenientJson(block.text)['@context'] ?? block.text).toBeDefined();
    }
  });
});

// The examples' own graph: the Assertion, BadgeClass and Issuer examples link each other by id.
function exampleGraph(): Record<string, unknown> {
  const docs = [json(EXAMPLES, 1), json(EXAMPLES, 2), json(EXAMPLES, 3)];
  return Object.fromEntries(docs.map((d) => [d.id as string, d]));
}

describe('the examples, verified as the graph they describe', () => {
  it('the hosted Assertion Example verifies with its BadgeClass and Issuer (before it expires)', async () => {
    const assertion = json(EXAMPLES, 1);
    const resources = exampleGraph();
    const report = await verify(assertion, { resources, now: new Date('2017-01-15T00:00:00Z') });
    expect(report).toMatchObject({ verified: true, status: 'valid', kind: 'OB2Assertion' });
    const later = await verify(assertion, { resources, now: new Date('2018-01-01T00:00:00Z') });
    expect(errorCodes(later)).toEqual(['DATES_EXPIRED']);
  });

  it('the Revoked Hosted Assertion Example, served at the assertion’s id, revokes it with its reason', async () => {
    const resources = { ...exampleGraph() };
    const revoked = json(EXAMPLES, 11);
    expect(revoked.id).toBe(json(EXAMPLES, 1).id);
    resources[revoked.id as string] = revoked;
    const report = await verify(json(EXAMPLES, 1), {
      resources,
      now: new Date('2017-01-15T00:00:00Z'),
    });
    expect(errorCodes(report)).toEqual(['STATUS_REVOKED']);
    expect(checkOf(report, 'status')?.message).toContain('three stacked children in a trenchcoat');
  });

  it('the Signed Badges Example JWS does not verify: its key is not the one the issuer lists', async () => {
    const html = EXAMPLES.find((b) => b.lang === 'html') as Block;
    const jws = html.text.replace(/\s/g, '');
    expect(jws.split('.')).toHaveLength(3);
    const report = await verify(jws, {
      resources: exampleGraph(),
      now: new Date('2017-01-15T00:00:00Z'),
    });
    // The payload is what is verified: the hosted-looking assertion the JWS carries.
    expect(report).toMatchObject({
      verified: false,
      format: 'jws',
      id: 'https://example.org/beths-robotics-badge.json',
    });
    // "This example is not a valid JWS, as the referenced key on example.org does not exist":
    // its creator (…/publicKey) is not the key the Issuer example lists (…/publicKey.json).
    expect(errorCodes(report)).toEqual(['PROOF_KEY_NOT_FOUND']);
  });

  it('the RevocationList Example revokes signed assertions by id (with the reason) and by uid', async () => {
    const list = json(EXAMPLES, 10);
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const issuerId = list.issuer as string;
    const key = {
      '@context': OB2,
      type: 'CryptographicKey',
      id: 'https://example.org/publicKey.json',
      owner: issuerId,
      publicKeyPem: await exportSPKI(publicKey),
    };
    const issuer = { ...json(EXAMPLES, 3), id: issuerId };
    const badge = { ...json(EXAMPLES, 2), issuer: issuerId };
    const resources = Object.fromEntries(
      ([list, key, issuer, badge] as Json[]).map((d) => [d.id as string, d]),
    );
    const sign = (extra: Json) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify({ ...json(EXAMPLES, 7), ...extra })))
        .setProtectedHeader({ alg: 'RS256' })
        .sign(privateKey);
    const now = new Date('2017-01-15T00:00:00Z');
    const cases: [Json, string | undefined][] = [
      [{}, undefined],
      [{ id: 'urn:uuid:3c574c87-b96f-4f06-8eb5-68a29335b60e' }, ''],
      [{ id: 'urn:uuid:e79a6c18-787e-4868-8e65-e6a4530fb418' }, 'Honor code violation'],
      [{ uid: 'abc123' }, 'Issued in error.'],
    ];
    for (const [extra, reason] of cases) {
      const report = await verify(await sign(extra), { resources, now });
      if (reason === undefined) expect(report).toMatchObject({ verified: true, status: 'valid' });
      else {
        expect(errorCodes(report)).toEqual(['STATUS_REVOKED']);
        expect(checkOf(report, 'status')?.message).toContain(reason);
      }
    }
  });

  it('the BadgeClass endorsement example (by issuer-5) verifies as the BadgeClass’s endorsement', async () => {
    const endorsement = json(EXAMPLES, 25);
    const endorser = { ...json(EXAMPLES, 3), id: endorsement.issuer, email: 'contact@example.org' };
    const resources = {
      ...exampleGraph(),
      [endorsement.id as string]: endorsement,
      [endorser.id as string]: endorser,
    };
    const badge = json(EXAMPLES, 2);
    resources[badge.id as string] = { ...badge, endorsement: endorsement.id };
    const report = await verify(json(EXAMPLES, 1), {
      resources,
      now: new Date('2017-01-15T00:00:00Z'),
    });
    expect(report).toMatchObject({ verified: true, status: 'valid' });
    expect(report.nested?.[0]).toMatchObject({ kind: 'OB2Endorsement', verified: true });
  });
});

describe('the specification’s own examples', () => {
  it('the introduction’s hosted assertion omits the required `hashed`; with it, it verifies', async () => {
    const assertion = json(SPEC, 1);
    // §IdentityObject makes `hashed` required (bold in the table); the introduction omits it.
    const published = await validate(assertion);
    expect(published.findings.map((f) => `${f.code} ${f.path}`)).toEqual([
      'OB2_REQUIRED /recipient/hashed',
    ]);
    const fixed: Json = {
      ...assertion,
      recipient: { ...(assertion.recipient as Json), hashed: false },
    };
    const { issuer } = fixed.badge as { issuer: Json };
    const resources = {
      [fixed.id as string]: fixed,
      [issuer.id as string]: { '@context': OB2, ...issuer },
    };
    const report = await verify(fixed, { resources, now: new Date('2017-01-15T00:00:00Z') });
    expect(report).toMatchObject({ verified: true, status: 'valid' });
    // The Profile's verification policy (allowedOrigins: example.org) decides the scope.
    const moved = { ...fixed, id: 'https://badges.example.com/assertions/123' };
    const out = await verify(moved, {
      resources: { ...resources, [moved.id]: moved },
      now: new Date('2017-01-15T00:00:00Z'),
    });
    expect(errorCodes(out)).toEqual(['PROOF_OB2_OUT_OF_SCOPE']);
  });

  it('the Endorsement section’s example validates', async () => {
    expect(SPEC[1]?.text).toContain('TypeValidation'); // block 2: a context fragment with "..."
    expect(await validate(json(SPEC, 3))).toMatchObject({ valid: true, kind: 'OB2Endorsement' });
  });
});

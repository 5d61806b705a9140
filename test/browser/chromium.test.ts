// lerkit in real headless Chromium: the browser build (scripts/build-browser.mjs) signs and
// verifies with every suite (P-256 included: it failed with "Buffer is not defined" when a
// dependency resolved to its Node build), validates, bakes and extracts; every entry but
// `lerkit/node` loads; and the verifier page (docs/verifier/) shows a dropped baked PNG's verdict.
// Without a browser the tests fail in CI and are skipped, with a message, elsewhere.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserEntries } from '../../scripts/build-browser.mjs';
import {
  bake,
  createAchievement,
  createClrCredential,
  createOpenBadgeCredential,
  createProfile,
  generateKeyPair,
  sign,
  signJwt,
} from '../../src/index.js';
import { REPO_ROOT } from '../helpers/spec.js';
import { buildBundle, findChromium, IN_CI, NO_BROWSER, serve } from './harness.js';

const executablePath = findChromium();

if (!executablePath) {
  if (IN_CI) {
    it('finds a Chromium to run the browser tests (required in CI)', () => {
      throw new Error(NO_BROWSER);
    });
  } else {
    console.warn(`test/browser skipped: ${NO_BROWSER}`);
  }
}

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGOQy7/5HwAEewJmtEt2jQAAAABJRU5ErkJggg==';

describe.skipIf(!executablePath)('lerkit in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let bundle: { dir: string; remove: () => void };
  let server: { url: string; close: () => Promise<void> };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    bundle = await buildBundle();
    server = await serve({
      '/lerkit/': bundle.dir,
      '/page/': join(REPO_ROOT, 'test', 'browser', 'page'),
      // The page as committed, with the build where `npm run build:browser` would write it.
      '/verifier/': join(REPO_ROOT, 'docs', 'verifier'),
      '/verifier/lerkit/': bundle.dir,
    });
    browser = await chromium.launch({
      executablePath: executablePath as string,
      args: ['--no-sandbox'],
    });
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${server.url}/page/blank.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    bundle?.remove();
  });

  type Summary = { verified: boolean; status: string; errors: string[] };
  type Results = {
    globals: Record<string, string>;
    suites: Record<string, { proof: string; signed: Summary; tampered: Summary }>;
    jwt: Record<string, { alg: string; signed: Summary; tampered: Summary }>;
    validate: {
      good: { valid: boolean; findings: string[] };
      bad: { valid: boolean; codes: string[] };
    };
    bake: {
      png: { format: string; sameProof: boolean; report: Summary; tampered: Summary };
      svg: { format: string; isJwt: boolean; report: Summary };
    };
  };
  let results: Results;

  it('runs every scenario in the page without a Node global', { timeout: 240_000 }, async () => {
    results = (await page.evaluate("import('/page/scenarios.js').then((m) => m.run())")) as Results;
    // The page has no Node globals, and the build did not bring any.
    expect(results.globals).toEqual({ Buffer: 'undefined', process: 'undefined' });
    expect(pageErrors).toEqual([]);
  });

  it.each([
    ['eddsa-rdfc-2022', 'eddsa-rdfc-2022'],
    ['eddsa-jcs-2022', 'eddsa-jcs-2022'],
    ['ecdsa-rdfc-2019', 'ecdsa-rdfc-2019'],
    ['Ed25519Signature2020', 'Ed25519Signature2020'],
  ])('signs and verifies %s, and rejects a tampered copy', (suite, proof) => {
    const result = results.suites[suite];
    expect(result, JSON.stringify(result)).toMatchObject({ proof });
    expect(result?.signed).toEqual({ verified: true, status: 'valid', errors: [] });
    expect(result?.tampered.verified).toBe(false);
    expect(result?.tampered.errors.join('\n')).toMatch(/^PROOF_/m);
  });

  it.each(['EdDSA', 'ES256', 'RS256'])(
    'signs and verifies a %s VC-JWT, and rejects a spliced one',
    (alg) => {
      const result = results.jwt[alg];
      expect(result, JSON.stringify(result)).toMatchObject({ alg });
      expect(result?.signed).toEqual({ verified: true, status: 'valid', errors: [] });
      expect(result?.tampered.verified).toBe(false);
    },
  );

  it('validates: a good badge is valid, a broken one is not, with the schema codes', () => {
    // A note may remain (e.g. RECOMMENDED_ACHIEVEMENT_IMAGE: this badge has no image).
    expect(results.validate.good).toEqual({ valid: true, errors: [] });
    expect(results.validate.bad.valid).toBe(false);
    expect(results.validate.bad.codes.length).toBeGreaterThan(0);
  });

  it('bakes and extracts PNG and SVG, and verifies the images', () => {
    const { png, svg } = results.bake;
    expect(png).toMatchObject({ format: 'png', sameProof: true });
    expect(png.report).toEqual({ verified: true, status: 'valid', errors: [] });
    expect(png.tampered.verified).toBe(false);
    expect(svg).toMatchObject({ format: 'svg', isJwt: true });
    expect(svg.report).toEqual({ verified: true, status: 'valid', errors: [] });
  });

  it('loads every entry but lerkit/node', async () => {
    const names = Object.keys(browserEntries());
    expect(names).not.toContain('node/index');
    expect(names).toEqual(expect.arrayContaining(['index', 'verify/index', 'bake/index']));
    const loaded = (await page.evaluate(
      `import('/page/scenarios.js').then((m) => m.importEntries(${JSON.stringify(names)}))`,
    )) as Record<string, number | { thrown: string }>;
    for (const name of names) {
      expect(loaded[name], `${name}: ${JSON.stringify(loaded[name])}`).toBeGreaterThan(0);
    }
  });

  describe('the verifier page (docs/verifier/)', () => {
    let verifier: Page;

    async function signedBadge(tampered = false) {
      const key = await generateKeyPair();
      const picture = Uint8Array.from(atob(PNG_1X1), (c) => c.charCodeAt(0));
      const credential = createOpenBadgeCredential({
        issuer: createProfile({ id: key.controller, name: 'Example University' }),
        achievement: createAchievement({
          name: 'Teamwork',
          description: 'Collaborates effectively within a group.',
          criteria: { narrative: 'Nominated by peers and confirmed by an instructor.' },
          image: { id: `data:image/png;base64,${PNG_1X1}`, caption: 'Teamwork badge' },
        }),
        recipient: { id: 'did:example:student-42' },
      });
      const signed = await sign(credential, { key });
      if (tampered) {
        (
          signed as { credentialSubject: { achievement: { name: string } } }
        ).credentialSubject.achievement.name = 'Teamwork (forged)';
      }
      return { key, signed, png: bake(picture, signed) };
    }

    /** Drops a file on the page's drop zone, as a user would, and waits for the verdict. */
    async function drop(bytes: Uint8Array, name: string, type: string) {
      const dataTransfer = await verifier.evaluateHandle(
        ({ data, name, type }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(data)], name, { type }));
          return transfer;
        },
        { data: [...bytes], name, type },
      );
      await verifier.dispatchEvent('#drop', 'drop', { dataTransfer });
      await verifier.waitForSelector('body[data-state="done"]');
    }

    beforeAll(async () => {
      verifier = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      verifier.on('pageerror', (error) => pageErrors.push(String(error)));
      await verifier.goto(`${server.url}/verifier/`);
      await verifier.waitForSelector('body[data-state="ready"]');
    });

    it('shows a dropped baked PNG as verified, with its checks, achievement and issuer', {
      timeout: 120_000,
    }, async () => {
      const { key, png } = await signedBadge();
      await drop(png, 'teamwork.png', 'image/png');
      expect(await verifier.textContent('#verdict')).toBe('✔ Verified');
      expect(await verifier.getAttribute('#verdict', 'data-verdict')).toBe('verified');
      expect(await verifier.textContent('.achievement')).toBe('Teamwork');
      expect(await verifier.getAttribute('.badge img', 'src')).toBe(
        `data:image/png;base64,${PNG_1X1}`,
      );
      const issuer = await verifier.textContent('.issuer');
      expect(issuer).toContain(`Issuer: Example University ${key.controller}`);
      expect(issuer).toContain('Self-asserted: no trust source vouches for this issuer (did:key');
      const proofRow = await verifier.textContent('tr[data-check="proof"]');
      expect(proofRow).toMatch(/^proofpass/);
      expect(await verifier.locator('table.checks tr[data-check]').count()).toBeGreaterThan(3);
      mkdirSync(join(REPO_ROOT, 'test-artifacts'), { recursive: true });
      await verifier.screenshot({
        path: join(REPO_ROOT, 'test-artifacts', 'verifier.png'),
        fullPage: true,
      });
      expect(pageErrors).toEqual([]);
    });

    it('shows a tampered baked PNG as not verified, with the failing proof check', {
      timeout: 120_000,
    }, async () => {
      const { png } = await signedBadge(true);
      await drop(png, 'forged.png', 'image/png');
      expect(await verifier.textContent('#verdict')).toBe('✘ Not verified');
      expect(await verifier.textContent('tr[data-check="proof"] td.outcome')).toBe('error');
      expect(await verifier.textContent('.achievement')).toBe('Teamwork (forged)');
      expect(await verifier.textContent('.findings')).toMatch(/PROOF_/);
    });

    it('shows pasted text that is not a credential as not verified, with the parse finding', async () => {
      await verifier.fill('#paste', 'hello, this is not a badge');
      await verifier.click('#verify');
      await verifier.waitForSelector('body[data-state="done"]');
      expect(await verifier.textContent('#verdict')).toBe('✘ Not verified');
      expect(await verifier.textContent('tr[data-check="parse"] td.outcome')).toBe('error');
      expect(await verifier.textContent('.findings')).toMatch(/PARSE_/);
      expect(await verifier.locator('.achievement').count()).toBe(0);
    });

    it('shows a dropped baked SVG (VC-JWT), and who vouches for an issuer on your trust list', {
      timeout: 120_000,
    }, async () => {
      const { key, signed } = await signedBadge();
      const { proof: _proof, ...unsigned } = signed as { proof: unknown };
      const svg = bake(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30"/></svg>',
        await signJwt(unsigned, { key }),
      );
      await verifier.click('#trust-box summary');
      await verifier.fill('#trust', key.controller);
      await drop(new TextEncoder().encode(svg), 'teamwork.svg', 'image/svg+xml');
      await verifier.fill('#trust', '');
      expect(await verifier.textContent('#verdict')).toBe('✔ Verified');
      expect(await verifier.textContent('.issuer .trust')).toBe('Vouched for by your trust list');
      expect(await verifier.textContent('tr[data-check="parse"]')).toMatch(/from a baked SVG/);
    });

    it('shows pasted JSON, and a CLR with its nested credentials', {
      timeout: 120_000,
    }, async () => {
      const { key, signed } = await signedBadge();
      const clr = await sign(
        createClrCredential({
          issuer: { id: key.controller, name: 'Example University Registrar' },
          name: 'Transcript of Ada',
          recipient: { id: 'did:example:student-42' },
          credentials: [signed],
        }),
        { key },
      );
      await verifier.fill('#paste', JSON.stringify(clr));
      await verifier.click('#verify');
      await verifier.waitForSelector('body[data-state="done"]');
      expect(await verifier.textContent('#verdict')).toBe('✔ Verified');
      const nested = verifier.locator('section.nested');
      expect(await nested.count()).toBe(1);
      expect(await nested.locator('h3').textContent()).toMatch(
        /^✔ Verified: AchievementCredential at \/credentialSubject\/verifiableCredential\/0$/,
      );
      expect(await nested.locator('.achievement').textContent()).toBe('Teamwork');
    });
  });
});

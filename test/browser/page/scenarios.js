// Runs in headless Chromium (test/browser/chromium.test.ts serves it next to the browser build at
// /lerkit/): sign and verify with every suite, validate, bake and extract, with the browser build
// only. Returns plain JSON for the test to assert on.
import * as lerkit from '/lerkit/index.js';

const {
  bake,
  createAchievement,
  createOpenBadgeCredential,
  createProfile,
  extract,
  generateKeyPair,
  sign,
  signJwt,
  validate,
  verify,
} = lerkit;

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGOQy7/5HwAEewJmtEt2jQAAAABJRU5ErkJggg==';
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30"/></svg>';

function badge(issuerId, name = 'Teamwork') {
  return createOpenBadgeCredential({
    issuer: createProfile({ id: issuerId, name: 'Example University' }),
    achievement: createAchievement({
      name,
      description: 'Collaborates effectively within a group.',
      criteria: { narrative: 'Nominated by peers and confirmed by an instructor.' },
    }),
    recipient: { id: 'did:example:student-42' },
  });
}

/** What a report says, compactly; the errors' codes and messages help when a case fails. */
function summary(report) {
  return {
    verified: report.verified,
    status: report.status,
    errors: report.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.code}: ${f.message}`),
  };
}

function tamper(signed) {
  const copy = structuredClone(signed);
  copy.credentialSubject.achievement.name = 'Tampered';
  return copy;
}

/** Any exception becomes data, with its name and message (e.g. "Buffer is not defined"). */
async function attempt(run) {
  try {
    return await run();
  } catch (error) {
    return { thrown: `${error?.name}: ${error?.message}` };
  }
}

export const SUITES = [
  { suite: 'eddsa-rdfc-2022', type: 'Ed25519' },
  { suite: 'eddsa-jcs-2022', type: 'Ed25519' },
  { suite: 'ecdsa-rdfc-2019', type: 'P-256' },
  { suite: 'Ed25519Signature2020', type: 'Ed25519' },
];
export const JWT_ALGORITHMS = [
  { alg: 'EdDSA', type: 'Ed25519' },
  { alg: 'ES256', type: 'P-256' },
  { alg: 'RS256', type: 'RSA' },
];

/** Every scenario; each result says what happened, the test says what should have. */
export async function run() {
  const results = {
    globals: { Buffer: typeof globalThis.Buffer, process: typeof globalThis.process },
  };

  results.suites = {};
  for (const { suite, type } of SUITES) {
    results.suites[suite] = await attempt(async () => {
      const key = await generateKeyPair({ type });
      const signed = await sign(badge(key.controller), { key, suite });
      const proof = Array.isArray(signed.proof) ? signed.proof[0] : signed.proof;
      return {
        proof: proof.cryptosuite ?? proof.type,
        signed: summary(await verify(signed)),
        tampered: summary(await verify(tamper(signed))),
      };
    });
  }

  results.jwt = {};
  for (const { alg, type } of JWT_ALGORITHMS) {
    results.jwt[alg] = await attempt(async () => {
      const key = await generateKeyPair({ type });
      const jwt = await signJwt(badge(key.controller), { key });
      const header = JSON.parse(atob(jwt.split('.')[0].replaceAll('-', '+').replaceAll('_', '/')));
      const [h, , s] = jwt.split('.');
      const otherKey = await generateKeyPair({ type });
      const forged = await signJwt(badge(otherKey.controller), { key: otherKey });
      // The payload of one JWT under the signature of another: must not verify.
      const spliced = `${h}.${forged.split('.')[1]}.${s}`;
      return {
        alg: header.alg,
        signed: summary(await verify(jwt)),
        tampered: summary(await verify(spliced)),
      };
    });
  }

  results.validate = await attempt(async () => {
    const good = await validate(badge('did:example:issuer'));
    const broken = badge('did:example:issuer');
    delete broken.credentialSubject.achievement.criteria;
    broken.validFrom = 'yesterday';
    const bad = await validate(broken);
    return {
      good: {
        valid: good.valid,
        errors: good.findings.filter((f) => f.severity === 'error').map((f) => f.code),
      },
      bad: { valid: bad.valid, codes: bad.findings.map((f) => f.code) },
    };
  });

  results.bake = await attempt(async () => {
    const key = await generateKeyPair();
    const signed = await sign(badge(key.controller), { key });
    const picture = Uint8Array.from(atob(PNG_1X1), (c) => c.charCodeAt(0));
    const png = bake(picture, signed);
    const fromPng = await extract(png);
    const svg = bake(SVG, await signJwt(badge(key.controller), { key }));
    const fromSvg = await extract(svg);
    const tamperedPng = bake(picture, tamper(signed));
    return {
      png: {
        format: fromPng.format,
        sameProof: JSON.stringify(fromPng.credential.proof) === JSON.stringify(signed.proof),
        report: summary(await verify(png)),
        tampered: summary(await verify(tamperedPng)),
      },
      svg: {
        format: fromSvg.format,
        isJwt: typeof fromSvg.credential === 'string' && fromSvg.credential.split('.').length === 3,
        report: summary(await verify(svg)),
      },
    };
  });
  return results;
}

/** Imports every browser entry of the build; returns each one's number of exports or the error. */
export async function importEntries(names) {
  const out = {};
  for (const name of names) {
    out[name] = await attempt(async () => Object.keys(await import(`/lerkit/${name}.js`)).length);
  }
  return out;
}

// Open Badges 2.0 in a platform moving to 3.0: verify a hosted and a signed 2.0 badge, then re-issue
// the hosted one as an Open Badges 3.0 credential signed by the institution's DID.
// Run with `npx tsx docs/examples/ob2-migrate.ts`; the test suite runs it too.
import { CompactSign, exportSPKI, generateKeyPair as generateRsaKeyPair } from 'jose';
import {
  bake,
  convertOb2ToOb3,
  createVerifier,
  generateKeyPair,
  identityHash,
  sign,
  validate,
  verify,
} from 'lerkit';

const OB2 = 'https://w3id.org/openbadges/v2';

/** The issuer's published OB 2.0 documents: what its web server serves at each id. */
export async function publishedDocuments() {
  const rsa = await generateRsaKeyPair('RS256');
  const issuer = {
    '@context': OB2,
    type: 'Issuer',
    id: 'https://badges.example.edu/issuer.json',
    name: 'Example University',
    url: 'https://example.edu',
    email: 'badges@example.edu',
    publicKey: 'https://badges.example.edu/key.json',
    revocationList: 'https://badges.example.edu/revoked.json',
  };
  const badgeClass = {
    '@context': OB2,
    type: 'BadgeClass',
    id: 'https://badges.example.edu/badges/robotics.json',
    name: 'Robotics 101',
    description: 'Built and programmed a robot that picks up a bucket.',
    image: 'https://badges.example.edu/badges/robotics.png',
    criteria: { narrative: 'Pass the robotics lab practical.' },
    tags: ['robotics', 'engineering'],
    issuer: issuer.id,
  };
  const key = {
    '@context': OB2,
    type: 'CryptographicKey',
    id: issuer.publicKey,
    owner: issuer.id,
    publicKeyPem: await exportSPKI(rsa.publicKey),
  };
  const revoked = {
    '@context': OB2,
    type: 'RevocationList',
    id: issuer.revocationList,
    issuer: issuer.id,
    revokedAssertions: [],
  };
  const recipient = {
    type: 'email',
    hashed: true,
    salt: 'x7',
    identity: identityHash('ada@example.edu', 'x7'),
  };
  const hosted = {
    '@context': OB2,
    type: 'Assertion',
    id: 'https://badges.example.edu/assertions/1001.json',
    recipient,
    badge: badgeClass.id,
    verification: { type: 'hosted' },
    issuedOn: '2019-05-01T12:00:00Z',
  };
  // A signed assertion is a JWS whose payload is the assertion (OB 2.0 §SignedBadge).
  const signedAssertion = {
    ...hosted,
    id: 'urn:uuid:7f3c1a52-0b8e-4c55-9d0a-2b1f6c1d1002',
    verification: { type: 'SignedBadge', creator: key.id },
  };
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(signedAssertion)))
    .setProtectedHeader({ alg: 'RS256' })
    .sign(rsa.privateKey);
  const resources = Object.fromEntries(
    [issuer, badgeClass, key, revoked, hosted].map((d) => [d.id, d]),
  );
  return { resources, hosted, jws };
}

export async function main() {
  const { resources, hosted, jws } = await publishedDocuments();

  // 1. Verify 2.0 badges: the same verify(), the same report shape as OB 3.0. Nothing is fetched:
  //    the issuer's documents come from `resources` (or pass `fetch` to load them from the web).
  const verifier = createVerifier({ resources, now: new Date('2024-06-01T00:00:00Z') });
  const known = { identityType: 'emailAddress', value: 'ada@example.edu' };
  const hostedReport = await verifier.verify(hosted.id, { knownIdentifier: known }); // by URL
  const signedReport = await verifier.verify(jws, { knownIdentifier: known });
  const bakedReport = await verifier.verify(bake('<svg xmlns="http://www.w3.org/2000/svg"/>', jws));
  console.log(
    'hosted:',
    hostedReport.status,
    '| signed:',
    signedReport.status,
    '| baked:',
    bakedReport.status,
  );

  // 2. Re-issue the hosted badge as OB 3.0, signed by the institution's DID.
  const key = await generateKeyPair();
  const { credential, lost, changed } = await convertOb2ToOb3(hosted, resources, {
    issuer: key.controller,
  });
  for (const { path, reason } of lost) console.log(`not carried over: ${path} (${reason})`);
  for (const { path, reason } of changed) console.log(`changed: ${path} (${reason})`);
  const validation = await validate(credential);
  const reissued = await sign(credential, { key });
  const reissuedReport = await verify(reissued, { knownIdentifier: known });
  console.log('re-issued as OB 3.0:', reissuedReport.status);
  return { hostedReport, signedReport, bakedReport, validation, reissuedReport, lost, changed };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

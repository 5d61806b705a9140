// Key management: a did:web issuer key and its did.json, signing through a KMS-style signer
// (Ed25519 Data Integrity proof, P-256 VC-JWT from a DER-returning KMS), and PEM import/export.
// Run with `npx tsx docs/examples/key-management.ts`; the test suite runs it too.
import {
  createAchievement,
  createDidDocument,
  createOpenBadgeCredential,
  createProfile,
  createSigner,
  didWebUrl,
  exportKey,
  generateKeyPair,
  importKey,
  type Signer,
  sign,
  signJwt,
  verify,
} from 'lerkit';

/**
 * Converts a DER-encoded ECDSA signature (what AWS KMS, Google Cloud KMS and OpenSSL return) to
 * the raw `r ‖ s` form JOSE and Data Integrity use: 64 bytes for P-256.
 */
export function derToRaw(der: Uint8Array, size = 32): Uint8Array {
  let offset = 0;
  const byte = (): number => {
    const value = der[offset++];
    if (value === undefined) throw new Error('Truncated DER signature');
    return value;
  };
  const length = (): number => {
    const first = byte();
    if (first < 0x80) return first;
    let value = 0;
    for (let i = 0; i < (first & 0x7f); i++) value = (value << 8) | byte();
    return value;
  };
  if (byte() !== 0x30 || length() !== der.length - offset) throw new Error('Not a DER SEQUENCE');
  const raw = new Uint8Array(2 * size);
  for (const part of [0, 1]) {
    if (byte() !== 0x02) throw new Error('Expected a DER INTEGER');
    const len = length();
    let int = der.subarray(offset, offset + len);
    offset += len;
    while (int.length > size && int[0] === 0) int = int.subarray(1); // sign-bit padding
    if (int.length > size) throw new Error('ECDSA integer too long');
    raw.set(int, part * size + size - int.length); // left-pad short integers with zeros
  }
  return raw;
}

/** The reverse, raw `r ‖ s` to DER: here only to play the part of a KMS. */
export function rawToDer(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array): number[] => {
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0) i++; // minimal encoding
    const body = [...bytes.subarray(i)];
    if ((body[0] as number) & 0x80) body.unshift(0); // keep it positive
    return [0x02, body.length, ...body];
  };
  const half = raw.length / 2;
  const body = [...integer(raw.subarray(0, half)), ...integer(raw.subarray(half))];
  return Uint8Array.from([0x30, body.length, ...body]);
}

export async function main() {
  // 1. The issuer's Ed25519 key, bound to did:web:example.edu. The fixed seed only makes the
  //    printed did.json reproducible: never use one in production.
  const did = 'did:web:example.edu';
  const key = await generateKeyPair({ controller: did, seed: new Uint8Array(32).fill(1) });
  const didJson = createDidDocument(did, [key]);
  const didUrl = didWebUrl(did) as string; // https://example.edu/.well-known/did.json
  console.log(`${didUrl}:\n${JSON.stringify(didJson, null, 2)}`);

  const credential = createOpenBadgeCredential({
    issuer: createProfile({ id: did, name: 'Example University' }),
    achievement: createAchievement({
      name: 'Teamwork',
      description: 'Collaborates effectively within a group.',
      criteria: { narrative: 'Nominated by peers and confirmed by an instructor.' },
    }),
    recipient: { id: 'did:example:student-42' },
  });

  // 2. Sign through a Signer. Here createSigner(key) stands in for the KMS; in production sign()
  //    calls the KMS and the private key never reaches this process. Ed25519 signatures are raw.
  const kms = await createSigner(key);
  const signer: Signer = { id: key.id, algorithm: 'Ed25519', sign: (data) => kms.sign(data) };
  const signed = await sign(credential, { signer });

  // 3. Verify. A verifier confirms the did:web key from did.json, which it must be given
  //    (`resources`, a `documentLoader` or `fetch`); without it, the proof check fails.
  const report = await verify(signed, { resources: { [didUrl]: didJson } });
  const offline = await verify(signed);
  const unresolvedCode = offline.findings.find((f) => f.check === 'proof')?.code;
  console.log(report.verified, offline.verified, unresolvedCode);

  // 4. A P-256 key held by a KMS that returns DER signatures (simulated with WebCrypto, whose
  //    ECDSA signatures are raw r ‖ s). First, check the helper against WebCrypto.
  const ecdsa = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const hsm = await crypto.subtle.generateKey(ecdsa, false, ['sign', 'verify']);
  const message = new TextEncoder().encode('lerkit');
  const webCryptoRaw = new Uint8Array(await crypto.subtle.sign(ecdsa, hsm.privateKey, message));
  const roundTrip = derToRaw(rawToDer(webCryptoRaw));
  const derRoundTrip =
    roundTrip.length === 64 &&
    roundTrip.every((b, i) => b === webCryptoRaw[i]) &&
    (await crypto.subtle.verify(ecdsa, hsm.publicKey, roundTrip as BufferSource, message));

  // The KMS gives out its public key; bind it to the DID as a second key and list both keys in
  // did.json (this is also how a key rotation starts).
  const ecPublic = await importKey(await crypto.subtle.exportKey('jwk', hsm.publicKey), {
    controller: did,
    id: `${did}#key-2`,
  });
  const rotatedDidJson = createDidDocument(did, [key, ecPublic]);
  const kmsEc: Signer = {
    id: ecPublic.id,
    algorithm: 'P-256',
    sign: async (data) => {
      const raw = await crypto.subtle.sign(ecdsa, hsm.privateKey, data as BufferSource);
      const der = rawToDer(new Uint8Array(raw)); // what the KMS answers
      return derToRaw(der); // what your KMS adapter does with it
    },
  };
  const jwt = await signJwt(credential, { signer: kmsEc }); // ES256, header kid: did:web…#key-2
  const resources = { [didUrl]: rotatedDidJson };
  const jwtReport = await verify(jwt, { resources });
  const oldKeyStillVerifies = (await verify(signed, { resources })).verified;
  console.log(jwtReport.verified, oldKeyStillVerifies);

  // 5. Export and import: the secret key as PKCS #8 PEM (for a KMS/HSM import, or from OpenSSL)
  //    comes back as the same key, with the same id, once bound to the same controller.
  const pem = await exportKey(key, 'pem', { secret: true });
  const imported = await importKey(pem, { controller: did });
  const pemRoundTrip =
    imported.id === key.id &&
    imported.publicKeyMultibase === key.publicKeyMultibase &&
    imported.secretKeyMultibase === key.secretKeyMultibase;

  return {
    didUrl,
    didJson,
    report,
    unresolvedCode,
    derRoundTrip,
    jwt,
    jwtReport,
    oldKeyStillVerifies,
    pemRoundTrip,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

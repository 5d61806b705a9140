// Not a child script: the document loader the @digitalbazaar baseline needs, shared by
// bench/verify.mjs (steady state) and cold/digitalbazaar-verify.mjs (cold start), so both measure
// the same thing. It serves a hand-written did:key DID document and its verification method (as
// test/proof/interop.test.ts does: nothing from lerkit's DID resolver) and, for every other URL,
// the contexts from `contexts`, a loader the caller passes (lerkit's createDocumentLoader(), the
// same bundled contexts lerkit itself uses).

/** A did:key document loader for an Ed25519 Multikey `publicKeyMultibase` (z6Mk…). */
export function didKeyLoader(publicKeyMultibase, contexts) {
  const did = `did:key:${publicKeyMultibase}`;
  const vmId = `${did}#${publicKeyMultibase}`;
  const context = 'https://w3id.org/security/multikey/v1';
  const method = { id: vmId, type: 'Multikey', controller: did, publicKeyMultibase };
  const documents = {
    [did]: {
      '@context': ['https://www.w3.org/ns/did/v1', context],
      id: did,
      verificationMethod: [method],
      assertionMethod: [vmId],
    },
    [vmId]: { '@context': context, ...method },
  };
  return async (url) => {
    const document = documents[url];
    if (document) {
      return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
    }
    return contexts(url);
  };
}

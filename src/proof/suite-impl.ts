// The @digitalbazaar suite implementations behind suites.ts, in a module of their own so that they
// (and jsonld.js, jsonld-signatures) load only when a proof needs them: signing, or verifying what
// the fast path leaves to the reference suites. suites.ts imports this module dynamically.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {
  createSignCryptosuite as sdSignCryptosuite,
  createVerifyCryptosuite as sdVerifyCryptosuite,
} from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import { Ed25519Signature2018 } from '@digitalbazaar/ed25519-signature-2018';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import {
  createSignCryptosuite as jcsSignCryptosuite,
  createVerifyCryptosuite as jcsVerifyCryptosuite,
} from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import jsonld from 'jsonld';
import type { DocumentLoader } from '../context/types.js';
import { canonize as canonizeFast } from '../jsonld/canonize.js';
import type { KeyVerifier } from './key-types.js';
import { findRelativeReference, type SigningSuiteOptions } from './suite-shared.js';
import type { ProofSuite } from './types.js';

/** The Data Integrity cryptosuites lerkit verifies with the reference implementation. */
export type VerifyCryptosuite =
  | 'eddsa-rdfc-2022'
  | 'eddsa-jcs-2022'
  | 'ecdsa-rdfc-2019'
  | 'eddsa-2022'
  | 'ecdsa-sd-2023';

type RawSigner = {
  id: string;
  algorithm: string;
  sign(options: { data: Uint8Array }): Promise<Uint8Array>;
};

type Canonize = (input: object, options: Record<string, unknown>) => Promise<string>;

/** A jsonld-signatures suite that signs with `signer` (see suites.ts `signingSuite`). */
export function createSigningSuite(
  name: ProofSuite,
  signer: RawSigner,
  options: SigningSuiteOptions,
): unknown {
  const { date } = options;
  switch (name) {
    case 'eddsa-rdfc-2022':
      return new DataIntegrityProof({ signer, date, cryptosuite: fastCanonizing(eddsaRdfc2022) });
    case 'eddsa-jcs-2022':
      return new DataIntegrityProof({ signer, date, cryptosuite: jcsSignCryptosuite() });
    case 'ecdsa-rdfc-2019':
      return new DataIntegrityProof({ signer, date, cryptosuite: fastCanonizing(ecdsaRdfc2019) });
    case 'ecdsa-sd-2023': {
      const mandatoryPointers = options.mandatoryPointers ?? [];
      const cryptosuite = sdSignCryptosuite({ mandatoryPointers });
      return new DataIntegrityProof({ signer, date, cryptosuite });
    }
    case 'Ed25519Signature2020':
      return new Ed25519Signature2020({ signer, date });
  }
}

/**
 * An RDFC cryptosuite that canonicalizes on the JSON-LD fast path (src/jsonld), byte-identical to
 * its own jsonld.js canonicalization (base null, safe mode; the differential suite proves it),
 * and runs its own for anything the fast path declines or refuses, so errors are the suite's.
 */
function fastCanonizing<T extends object>(cryptosuite: T): T {
  const canonize = (cryptosuite as unknown as { canonize: Canonize }).canonize;
  return {
    ...cryptosuite,
    async canonize(input: object, options: Record<string, unknown>) {
      const documentLoader = options.documentLoader as DocumentLoader | undefined;
      if (options.skipExpansion !== true && typeof documentLoader === 'function') {
        const fast = await canonizeFast(input, { documentLoader, base: null, fallback: false });
        if (fast.ok) return fast.nquads;
      }
      return canonize(input, options);
    },
  };
}

/**
 * An RDFC cryptosuite that expands once, refuses relative IRI references (jsonld.js drops them when
 * building the RDF dataset, with no safe-mode event, so the signature would not cover them), then
 * canonicalizes the expanded form without expanding again.
 */
function guarded<T extends object>(cryptosuite: T): T {
  const canonize = (cryptosuite as unknown as { canonize: Canonize }).canonize;
  return {
    ...cryptosuite,
    async canonize(input: object, options: Record<string, unknown>) {
      const expanded = await jsonld.expand(input, {
        documentLoader: options.documentLoader,
        base: null,
        safe: true,
      });
      const relative = findRelativeReference(expanded);
      if (relative !== undefined) {
        throw new Error(
          `The credential has a relative IRI reference (${JSON.stringify(relative)}), which RDF canonicalization silently drops: the signature would not cover it`,
        );
      }
      return canonize(expanded, { ...options, skipExpansion: true });
    },
  };
}

const VERIFY_CRYPTOSUITES: Readonly<Record<VerifyCryptosuite, object>> = {
  'eddsa-rdfc-2022': guarded(eddsaRdfc2022),
  'eddsa-jcs-2022': jcsVerifyCryptosuite(),
  'ecdsa-rdfc-2019': guarded(ecdsaRdfc2019),
  // The pre-standard name of eddsa-rdfc-2022 (OB 3.0 drafts, early issuers): same algorithm, but
  // the name itself is part of the signed proof configuration, so it is verified under that name.
  'eddsa-2022': guarded({ ...eddsaRdfc2022, name: 'eddsa-2022' }),
  // The cryptosuite parses the derived proof and canonicalizes; its `data` is checked with the
  // issuer's key by sd-verify.ts (vc-di-ecdsa §3.6.7).
  'ecdsa-sd-2023': sdVerifyCryptosuite(),
};

/** A DataIntegrityProof verifying `name` with `verifier` (the resolver's imported key). */
export function dataIntegrityProof(
  name: VerifyCryptosuite,
  verifier: KeyVerifier,
  legacyContext: boolean,
): unknown {
  // The cryptosuite with its key verifier replaced by the resolver's (imported once, cached).
  const cryptosuite = { ...VERIFY_CRYPTOSUITES[name], createVerifier: async () => verifier };
  return new DataIntegrityProof({ cryptosuite, legacyContext });
}

/** An Ed25519Signature2020 suite verifying with `verifier`. */
export function ed25519Signature2020(verifier: KeyVerifier): unknown {
  return new Ed25519Signature2020({ verifier });
}

/** An Ed25519Signature2018 suite verifying with `verifier`. */
export function ed25519Signature2018(verifier: KeyVerifier): unknown {
  return new Ed25519Signature2018({ verifier });
}

// The embedded proof suites: which proof shapes lerkit signs and verifies, and the @digitalbazaar
// implementation behind each (the reference implementations the W3C test suites run against).
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import {
  createSignCryptosuite as jcsSignCryptosuite,
  createVerifyCryptosuite as jcsVerifyCryptosuite,
} from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import jsonld from 'jsonld';
import type { JsonObject } from '../internal/json.js';
import type { KeyAlgorithm, ProofSuite } from './types.js';

/** Every embedded suite lerkit can sign with. */
export const PROOF_SUITES: readonly ProofSuite[] = [
  'eddsa-rdfc-2022',
  'eddsa-jcs-2022',
  'ecdsa-rdfc-2019',
  'Ed25519Signature2020',
];

/** The key algorithm each suite signs with. */
export const SUITE_ALGORITHM: Readonly<Record<ProofSuite, KeyAlgorithm>> = {
  'eddsa-rdfc-2022': 'Ed25519',
  'eddsa-jcs-2022': 'Ed25519',
  'ecdsa-rdfc-2019': 'P-256',
  Ed25519Signature2020: 'Ed25519',
};

/** The default suite for a key algorithm, or `undefined` when only VC-JWT fits (RSA). */
export function defaultSuite(algorithm: KeyAlgorithm): ProofSuite | undefined {
  if (algorithm === 'Ed25519') return 'eddsa-rdfc-2022';
  if (algorithm === 'P-256') return 'ecdsa-rdfc-2019';
  return undefined;
}

type RawSigner = {
  id: string;
  algorithm: string;
  sign(options: { data: Uint8Array }): Promise<Uint8Array>;
};

/** A jsonld-signatures suite that signs with `signer`. */
export function signingSuite(name: ProofSuite, signer: RawSigner, date: Date): unknown {
  switch (name) {
    case 'eddsa-rdfc-2022':
      return new DataIntegrityProof({ signer, date, cryptosuite: eddsaRdfc2022 });
    case 'eddsa-jcs-2022':
      return new DataIntegrityProof({ signer, date, cryptosuite: jcsSignCryptosuite() });
    case 'ecdsa-rdfc-2019':
      return new DataIntegrityProof({ signer, date, cryptosuite: ecdsaRdfc2019 });
    case 'Ed25519Signature2020':
      return new Ed25519Signature2020({ signer, date });
  }
}

/** How lerkit verifies one kind of embedded proof. */
export interface VerifyingSuite {
  /**
   * The suite itself refuses data that RDF canonicalization would silently drop (a relative IRI
   * reference), while canonicalizing — no separate expansion needed.
   */
  guarded?: boolean;
  /** `type` or `type/cryptosuite` of the proof, e.g. `DataIntegrityProof/eddsa-rdfc-2022`. */
  label: string;
  /** The key algorithm the proof needs. */
  algorithm: KeyAlgorithm;
  /** Why the proof is verified but warned about (a deprecated suite name). */
  legacy?: string;
  /** Makes the jsonld-signatures suite. */
  create(): unknown;
}

type Canonize = (input: object, options: Record<string, unknown>) => Promise<string>;

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

/** The first `@id` in expanded JSON-LD that is neither an absolute IRI nor a blank node. */
export function findRelativeReference(expanded: unknown): string | undefined {
  const nodes: unknown[] = [expanded];
  while (nodes.length > 0) {
    const node = nodes.pop();
    if (Array.isArray(node)) nodes.push(...node);
    else if (node !== null && typeof node === 'object') {
      const id = (node as Record<string, unknown>)['@id'];
      if (typeof id === 'string' && !/^(?:[A-Za-z][A-Za-z0-9+.-]*:|_:)/.test(id)) return id;
      nodes.push(...Object.values(node));
    }
  }
  return undefined;
}

const guardedEddsaRdfc2022 = guarded(eddsaRdfc2022);
const guardedEcdsaRdfc2019 = guarded(ecdsaRdfc2019);

// The pre-standard name of eddsa-rdfc-2022 (OB 3.0 drafts, early issuers): same algorithm, but
// the name itself is part of the signed proof configuration, so it is verified under that name.
const eddsa2022 = guarded({ ...eddsaRdfc2022, name: 'eddsa-2022' });

/** The verifying suite for a proof, or `undefined` when lerkit does not support its type. */
export function verifyingSuite(proof: JsonObject): VerifyingSuite | undefined {
  if (proof.type === 'Ed25519Signature2020') {
    return {
      label: 'Ed25519Signature2020',
      algorithm: 'Ed25519',
      create: () => new Ed25519Signature2020(),
    };
  }
  if (proof.type !== 'DataIntegrityProof') return undefined;
  const label = `DataIntegrityProof/${String(proof.cryptosuite)}`;
  switch (proof.cryptosuite) {
    case 'eddsa-rdfc-2022':
      return {
        label,
        algorithm: 'Ed25519',
        guarded: true,
        create: () => new DataIntegrityProof({ cryptosuite: guardedEddsaRdfc2022 }),
      };
    case 'eddsa-jcs-2022':
      return {
        label,
        algorithm: 'Ed25519',
        create: () => new DataIntegrityProof({ cryptosuite: jcsVerifyCryptosuite() }),
      };
    case 'ecdsa-rdfc-2019':
      return {
        label,
        algorithm: 'P-256',
        guarded: true,
        create: () => new DataIntegrityProof({ cryptosuite: guardedEcdsaRdfc2019 }),
      };
    case 'eddsa-2022':
      return {
        label,
        algorithm: 'Ed25519',
        guarded: true,
        legacy:
          'The proof uses "eddsa-2022", the pre-standard name of eddsa-rdfc-2022; it verifies, but re-issue it with eddsa-rdfc-2022',
        create: () => new DataIntegrityProof({ cryptosuite: eddsa2022 }),
      };
    default:
      return undefined;
  }
}

/** "an Ed25519 key", "a P-256 key", "an RSA key". */
export function keyName(algorithm: KeyAlgorithm): string {
  return `${algorithm === 'P-256' ? 'a' : 'an'} ${algorithm} key`;
}

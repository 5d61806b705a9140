// Minimal ambient types for untyped dependencies. Internal only: no public lerkit type refers to
// these, so they never reach the published declarations.

declare module '@digitalbazaar/vc' {
  export function issue(options: {
    credential: object;
    suite: unknown;
    documentLoader: (url: string) => Promise<unknown>;
    now?: Date | string;
  }): Promise<Record<string, unknown>>;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: {
      signer?: unknown;
      cryptosuite: unknown;
      date?: Date | string;
      legacyContext?: boolean;
    });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: { name: string; requiredAlgorithm: string };
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519MultikeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    publicKey: Uint8Array;
    secretKey?: Uint8Array;
    signer(): {
      id: string;
      algorithm: string;
      sign(options: { data: Uint8Array }): Promise<Uint8Array>;
    };
    verifier(): {
      id: string;
      algorithm: string;
      verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean>;
    };
  }
  export function generate(options?: {
    id?: string;
    controller?: string;
    seed?: Uint8Array;
  }): Promise<Ed25519MultikeyPair>;
  export function from(key: object): Promise<Ed25519MultikeyPair>;
}

declare module 'jsonld-signatures' {
  interface VerifyResult {
    verified: boolean;
    results?: { verified: boolean; error?: unknown; proof?: unknown }[];
    error?: unknown;
  }
  const jsigs: {
    verify(
      document: object,
      options: {
        suite: unknown;
        purpose: unknown;
        documentLoader: (url: string) => Promise<unknown>;
      },
    ): Promise<VerifyResult>;
    derive(
      document: object,
      options: {
        suite: unknown;
        purpose: unknown;
        documentLoader: (url: string) => Promise<unknown>;
      },
    ): Promise<Record<string, unknown>>;
    purposes: {
      AssertionProofPurpose: new (options?: { controller?: object; date?: Date }) => unknown;
    };
  };
  export default jsigs;
}

declare module 'jsonld' {
  const jsonld: {
    canonize(input: object, options: Record<string, unknown>): Promise<string>;
    expand(input: object, options: Record<string, unknown>): Promise<unknown[]>;
    compact(input: object, context: string, options: Record<string, unknown>): Promise<object>;
  };
  export default jsonld;
}

declare module '@digitalbazaar/eddsa-jcs-2022-cryptosuite' {
  export function createSignCryptosuite(): { name: string; requiredAlgorithm: string };
  export function createVerifyCryptosuite(): { name: string; requiredAlgorithm: string };
}

declare module '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite' {
  export const cryptosuite: { name: string; requiredAlgorithm: string[] };
}

declare module '@digitalbazaar/ed25519-signature-2020' {
  export class Ed25519Signature2020 {
    constructor(options?: { signer?: unknown; verifier?: unknown; date?: Date | string });
  }
}

declare module '@digitalbazaar/ed25519-signature-2018' {
  export class Ed25519Signature2018 {
    constructor(options?: { signer?: unknown; verifier?: unknown; date?: Date | string });
  }
}

declare module '@digitalbazaar/ecdsa-sd-2023-cryptosuite' {
  interface Cryptosuite {
    name: string;
    requiredAlgorithm: string[];
  }
  export function createSignCryptosuite(options?: { mandatoryPointers?: string[] }): Cryptosuite;
  export function createVerifyCryptosuite(): Cryptosuite;
  export function createDiscloseCryptosuite(options?: {
    selectivePointers?: string[];
    proofId?: string;
  }): Cryptosuite;
}

declare module '@digitalbazaar/ecdsa-multikey' {
  export function generate(options: {
    curve: string;
    id?: string;
    controller?: string;
  }): Promise<unknown>;
  export function from(key: object): Promise<unknown>;
}

declare module '@digitalbazaar/eddsa-2022-cryptosuite' {
  export const cryptosuite: { name: string; requiredAlgorithm: string };
}

// URLs of the contexts lerkit uses when it builds and signs credentials. Spec references in the JSDoc.

/** W3C VC Data Model 2.0 context. Always the first `@context` entry of a 2.0 credential. */
export const VC_V2_CONTEXT_URL = 'https://www.w3.org/ns/credentials/v2';
/** W3C VC Data Model 1.1 context (legacy credentials). */
export const VC_V1_CONTEXT_URL = 'https://www.w3.org/2018/credentials/v1';
/** Open Badges 3.0 context, current version (3.0.3) — OB 3.0 §Serialization → JSON-LD. */
export const OB_V3P0_CONTEXT_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** Open Badges 3.0 VC-extension terms (1EdTechRevocationList, 1EdTechCredentialRefresh, ...). */
export const OB_V3P0_EXTENSIONS_CONTEXT_URL =
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
/** Comprehensive Learner Record 2.0 context, current version (2.0.1). */
export const CLR_V2P0_CONTEXT_URL = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';
/** Open Badges 2.0 context. */
export const OB_V2_CONTEXT_URL = 'https://w3id.org/openbadges/v2';
/** Data Integrity v2 context (DataIntegrityProof for VC 1.1 credentials). */
export const DATA_INTEGRITY_V2_CONTEXT_URL = 'https://w3id.org/security/data-integrity/v2';
/** Multikey verification-method context. */
export const MULTIKEY_V1_CONTEXT_URL = 'https://w3id.org/security/multikey/v1';
/** Ed25519Signature2020 suite context. */
export const ED25519_2020_CONTEXT_URL = 'https://w3id.org/security/suites/ed25519-2020/v1';
/** DID Core v1 context. */
export const DID_V1_CONTEXT_URL = 'https://www.w3.org/ns/did/v1';
/**
 * lerkit Program extension v1 context: Achievement properties OB 3.0 has no property for (credit or
 * non-credit, academic level, clock hours, how and when it can be earned), on the
 * `ProgramAchievement` type. Published by lerkit (extensions/program/); bundled and pinned.
 */
export const PROGRAM_V1_CONTEXT_URL = 'https://w3id.org/lerkit/program/v1';
/** JSON Schema of the lerkit Program extension v1 (a `1EdTechJsonSchemaValidator2019` credentialSchema). */
export const PROGRAM_V1_SCHEMA_URL = 'https://w3id.org/lerkit/program/v1/schema.json';

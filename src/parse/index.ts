/**
 * Reading credentials from objects, JSON text, VC-JWTs and bytes, and telling what they are.
 *
 * @module parse
 */
export { contextUrlsOf, detectKind, detectVcVersion, typesOf } from './detect.js';
export type {
  CredentialInput,
  InputFormat,
  ParsedInput,
  ParseIssueCode,
  ParseOptions,
} from './parse-input.js';
export { parseInput } from './parse-input.js';
export type { UnsupportedFormat, UnsupportedFormatMatch } from './unsupported.js';
export { detectUnsupportedFormat } from './unsupported.js';

/**
 * Typed errors. lerkit throws only for API misuse or operations that cannot proceed (a key that
 * does not match the issuer, a URL the loader refuses); problems *in a credential* are returned as
 * report entries by `validate` and `verify`, never thrown.
 *
 * Every error has a stable `code` so callers can `switch` on it, and keeps the underlying error as
 * `cause` when there is one.
 *
 * @module errors
 */

/** Every code a lerkit error can carry. */
export type LerkitErrorCode =
  | 'ERR_LERKIT_INVALID_ARGUMENT'
  | 'ERR_LERKIT_DOCUMENT_NOT_FOUND'
  | 'ERR_LERKIT_DOCUMENT_LOAD_FAILED'
  | 'ERR_LERKIT_INVALID_KEY'
  | 'ERR_LERKIT_ISSUER_KEY_MISMATCH'
  | 'ERR_LERKIT_SIGNING_FAILED'
  | 'ERR_LERKIT_UNSUPPORTED'
  | 'ERR_LERKIT_INVALID_IMAGE'
  | 'ERR_LERKIT_NO_BAKED_CREDENTIAL'
  | 'ERR_LERKIT_STATUS_LIST_FULL';

const BRAND = Symbol.for('lerkit.error');

/** Options shared by every lerkit error constructor. */
export interface LerkitErrorOptions {
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * Base class of every error lerkit throws. Prefer {@link isLerkitError} to `instanceof`: it also
 * recognises errors from another copy of lerkit (CJS and ESM side by side, another realm).
 */
export class LerkitError extends Error {
  /** Stable machine-readable code, `ERR_LERKIT_*`. */
  readonly code: LerkitErrorCode;

  /**
   * @param code - The error code.
   * @param message - A sentence saying what went wrong and, where possible, what to do.
   * @param options - `cause`: the underlying error.
   */
  constructor(code: LerkitErrorCode, message: string, options: LerkitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // Set here, not from the class name: the published build is minified.
    this.name = 'LerkitError';
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** An argument is missing, of the wrong type or out of range (API misuse). */
export class InvalidArgumentError extends LerkitError {
  /** The argument or field that is wrong, as a dotted path (e.g. `achievement.name`). */
  readonly field: string | undefined;

  /**
   * @param message - What is wrong.
   * @param field - The argument or field at fault.
   * @param options - `cause`: the underlying error.
   */
  constructor(message: string, field?: string, options?: LerkitErrorOptions) {
    super('ERR_LERKIT_INVALID_ARGUMENT', message, options);
    // Set here, not from the class name: the published build is minified.
    this.name = 'InvalidArgumentError';
    this.field = field;
  }
}

/** A document loader has no document for a URL (and no fallback loader supplied one). */
export class DocumentNotFoundError extends LerkitError {
  /** The URL that could not be served. */
  readonly url: string;

  /**
   * @param url - The URL that could not be served.
   * @param message - Optional override of the default message.
   * @param options - `cause`: the underlying error.
   */
  constructor(url: string, message?: string, options?: LerkitErrorOptions) {
    super(
      'ERR_LERKIT_DOCUMENT_NOT_FOUND',
      message ??
        `No document for "${url}": it is not a bundled context and no resource or loader supplies it. ` +
          'Pass it in `resources`, or a `documentLoader`/`fetch` that can obtain it.',
      options,
    );
    // Set here, not from the class name: the published build is minified.
    this.name = 'DocumentNotFoundError';
    this.url = url;
  }
}

/** A document was found but could not be used (fetch failed, not JSON, too large, timed out). */
export class DocumentLoadError extends LerkitError {
  /** The URL whose document could not be loaded. */
  readonly url: string;

  /**
   * @param url - The URL whose document could not be loaded.
   * @param message - What went wrong.
   * @param options - `cause`: the underlying error.
   */
  constructor(url: string, message: string, options?: LerkitErrorOptions) {
    super('ERR_LERKIT_DOCUMENT_LOAD_FAILED', message, options);
    // Set here, not from the class name: the published build is minified.
    this.name = 'DocumentLoadError';
    this.url = url;
  }
}

/** Why {@link FetchRefusedError} refused a fetch. */
export type FetchRefusal =
  | 'invalid-url'
  | 'scheme'
  | 'host-not-allowed'
  | 'dns'
  | 'address'
  | 'too-many-redirects'
  | 'too-large'
  | 'timeout'
  | 'aborted'
  | 'network';

/**
 * The safe Node fetcher (`createSafeFetch` from `lerkit/node`) refused a request or stopped reading
 * it: a forbidden scheme, host or address, too many redirects, a body over the size cap, a timeout.
 * A {@link DocumentLoadError} (same code), with `reason` to switch on. The message says what was
 * refused and why; it never contains the response body.
 */
export class FetchRefusedError extends DocumentLoadError {
  /** What was refused, as a stable value. */
  readonly reason: FetchRefusal;

  /**
   * @param url - The URL being fetched (after redirects, the one refused).
   * @param reason - What was refused, as a stable value.
   * @param message - What was refused and why, in plain words.
   * @param options - `cause`: the underlying error (a network error, never the body).
   */
  constructor(url: string, reason: FetchRefusal, message: string, options?: LerkitErrorOptions) {
    super(url, message, options);
    // Set here, not from the class name: the published build is minified.
    this.name = 'FetchRefusedError';
    this.reason = reason;
  }
}

/** Key material is malformed, of an unsupported type, or lacks the private part needed to sign. */
export class InvalidKeyError extends LerkitError {
  /**
   * @param message - What is wrong with the key.
   * @param options - `cause`: the underlying error.
   */
  constructor(message: string, options?: LerkitErrorOptions) {
    super('ERR_LERKIT_INVALID_KEY', message, options);
    // Set here, not from the class name: the published build is minified.
    this.name = 'InvalidKeyError';
  }
}

/**
 * Signing was refused because the credential's issuer is not the key's controller: no verifier
 * would accept the result.
 */
export class IssuerKeyMismatchError extends LerkitError {
  /** The credential's issuer id. */
  readonly issuer: string | undefined;
  /** The controller of the signing key. */
  readonly controller: string | undefined;

  /**
   * @param issuer - The credential's issuer id.
   * @param controller - The signing key's controller.
   */
  constructor(issuer: string | undefined, controller: string | undefined) {
    super(
      'ERR_LERKIT_ISSUER_KEY_MISMATCH',
      `The credential issuer "${issuer ?? '(none)'}" is not the controller of the signing key ` +
        `("${controller ?? '(none)'}"); verifiers would reject the proof. Set the issuer id to the ` +
        'key controller, or pass `allowIssuerMismatch: true` if you know why they differ.',
    );
    // Set here, not from the class name: the published build is minified.
    this.name = 'IssuerKeyMismatchError';
    this.issuer = issuer;
    this.controller = controller;
  }
}

/** The credential could not be signed (e.g. JSON-LD terms undefined in its contexts). */
export class SigningError extends LerkitError {
  /**
   * @param message - Why signing failed.
   * @param options - `cause`: the underlying error.
   */
  constructor(message: string, options?: LerkitErrorOptions) {
    super('ERR_LERKIT_SIGNING_FAILED', message, options);
    // Set here, not from the class name: the published build is minified.
    this.name = 'SigningError';
  }
}

/** A feature, suite or algorithm that lerkit does not (yet) support was requested. */
export class UnsupportedError extends LerkitError {
  /**
   * @param message - What is unsupported.
   * @param options - `cause`: the underlying error.
   */
  constructor(message: string, options?: LerkitErrorOptions) {
    super('ERR_LERKIT_UNSUPPORTED', message, options);
    // Set here, not from the class name: the published build is minified.
    this.name = 'UnsupportedError';
  }
}

/** Why an image could not be read or baked. */
export type ImageProblem =
  | 'not-an-image'
  | 'truncated'
  | 'bad-crc'
  | 'chunk-too-large'
  | 'bad-chunk'
  | 'too-large'
  | 'compression-bomb'
  | 'bad-compression'
  | 'doctype'
  | 'malformed-svg'
  | 'bad-text'
  | 'multiple-credentials'
  | 'too-many-chunks'
  | 'duplicate-key';

/** An image that is not a well-formed PNG or SVG, or that lerkit refuses to process. */
export class InvalidImageError extends LerkitError {
  /** What is wrong, as a stable value. */
  readonly problem: ImageProblem;

  /**
   * @param problem - What is wrong, as a stable value.
   * @param message - What is wrong, in plain words.
   * @param options - `cause`: the underlying error.
   */
  constructor(problem: ImageProblem, message: string, options?: LerkitErrorOptions) {
    super('ERR_LERKIT_INVALID_IMAGE', message, options);
    // Set here, not from the class name: the published build is minified.
    this.name = 'InvalidImageError';
    this.problem = problem;
  }
}

/** A well-formed image that carries no baked credential. */
export class NoBakedCredentialError extends LerkitError {
  /**
   * @param message - What was looked for.
   */
  constructor(message: string) {
    super('ERR_LERKIT_NO_BAKED_CREDENTIAL', message);
    // Set here, not from the class name: the published build is minified.
    this.name = 'NoBakedCredentialError';
  }
}

/** Every entry of a status list is allocated: a new credential needs a new list. */
export class StatusListFullError extends LerkitError {
  /** The status list credential's URL. */
  readonly statusListCredential: string;

  /**
   * @param statusListCredential - The status list credential's URL.
   * @param message - What was asked for, and how much is left.
   */
  constructor(statusListCredential: string, message: string) {
    super('ERR_LERKIT_STATUS_LIST_FULL', message);
    // Set here, not from the class name: the published build is minified.
    this.name = 'StatusListFullError';
    this.statusListCredential = statusListCredential;
  }
}

/** The error class behind each code, so {@link isLerkitError} can narrow to it. */
export interface LerkitErrorByCode {
  /** See {@link InvalidArgumentError}. */
  ERR_LERKIT_INVALID_ARGUMENT: InvalidArgumentError;
  /** See {@link DocumentNotFoundError}. */
  ERR_LERKIT_DOCUMENT_NOT_FOUND: DocumentNotFoundError;
  /** See {@link DocumentLoadError}. */
  ERR_LERKIT_DOCUMENT_LOAD_FAILED: DocumentLoadError;
  /** See {@link InvalidKeyError}. */
  ERR_LERKIT_INVALID_KEY: InvalidKeyError;
  /** See {@link IssuerKeyMismatchError}. */
  ERR_LERKIT_ISSUER_KEY_MISMATCH: IssuerKeyMismatchError;
  /** See {@link SigningError}. */
  ERR_LERKIT_SIGNING_FAILED: SigningError;
  /** See {@link UnsupportedError}. */
  ERR_LERKIT_UNSUPPORTED: UnsupportedError;
  /** See {@link InvalidImageError}. */
  ERR_LERKIT_INVALID_IMAGE: InvalidImageError;
  /** See {@link NoBakedCredentialError}. */
  ERR_LERKIT_NO_BAKED_CREDENTIAL: NoBakedCredentialError;
  /** See {@link StatusListFullError}. */
  ERR_LERKIT_STATUS_LIST_FULL: StatusListFullError;
}

/**
 * Tells whether a value is a lerkit error. Works across realms and across duplicate copies of the
 * library, unlike `instanceof`.
 *
 * @param value - Anything caught.
 * @returns `true` if `value` is a lerkit error.
 * @example
 * ```ts
 * try {
 *   await sign(credential, { key });
 * } catch (error) {
 *   if (isLerkitError(error)) console.log(error.code);
 * }
 * ```
 */
export function isLerkitError(value: unknown): value is LerkitError;
/**
 * Tells whether a value is a lerkit error with the given code, narrowing it to that error's class.
 *
 * @param value - Anything caught.
 * @param code - The code the error must carry.
 * @returns `true` if `value` is a lerkit error with that code.
 * @example
 * ```ts
 * try {
 *   await loader('https://example.org/unknown');
 * } catch (error) {
 *   if (isLerkitError(error, 'ERR_LERKIT_DOCUMENT_NOT_FOUND')) console.log(error.url);
 * }
 * ```
 */
export function isLerkitError<C extends LerkitErrorCode>(
  value: unknown,
  code: C,
): value is LerkitErrorByCode[C];
export function isLerkitError(value: unknown, code?: LerkitErrorCode): value is LerkitError {
  if (typeof value !== 'object' || value === null) return false;
  if ((value as Record<symbol, unknown>)[BRAND] !== true) return false;
  return code === undefined || (value as LerkitError).code === code;
}

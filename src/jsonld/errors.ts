// The error the fast path raises internally for conditions jsonld.js reports as a JsonLdError
// (`details.code`), so callers can compare against the oracle and report the same condition.

/** A JSON-LD processing error with the jsonld.js error code (e.g. `protected term redefinition`). */
export class JsonLdProcessingError extends Error {
  /** jsonld.js `details.code` of the equivalent error, or the safe-mode event code. */
  readonly code: string;
  /** JSON Pointer of the offending place in the document, when known. */
  readonly pointer: string | undefined;

  /**
   * @param code - jsonld.js error or event code.
   * @param message - Human-readable description.
   * @param options - Pointer and cause.
   */
  constructor(code: string, message: string, options: { pointer?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // Set here, not from the class name: the published build is minified.
    this.name = 'JsonLdProcessingError';
    this.code = code;
    this.pointer = options.pointer;
  }
}

/** Thrown when the fast path meets something it does not implement; the caller falls back. */
export class UnsupportedFeatureError extends Error {
  /** What is not supported (short, stable, e.g. `@nest key`, `@index container`). */
  readonly reason: string;
  /** Where in the document, when known. */
  readonly pointer: string | undefined;

  /**
   * @param reason - Short, stable description of the unsupported feature.
   * @param pointer - JSON Pointer in the document, if known.
   */
  constructor(reason: string, pointer?: string) {
    super(`JSON-LD fast path does not support ${reason}${pointer ? ` (at ${pointer})` : ''}`);
    // Set here, not from the class name: the published build is minified.
    this.name = 'UnsupportedFeatureError';
    this.reason = reason;
    this.pointer = pointer;
  }
}

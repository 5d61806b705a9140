// Patterns shared by the builders, the validator and the verifier.

/** An absolute URI or IRI: a scheme, a colon, no whitespace or characters IRIs forbid. */
export const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;

/** An XSD dateTime with a mandatory time zone (VC Data Model 2.0 dateTimeStamp, OB 3.0 DateTimeZ); RFC 3339 allows lower-case t and z. */
export const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

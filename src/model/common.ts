// Helper types shared by the Open Badges 3.0 and CLR 2.0 data model types.
import type { JsonObject } from '../internal/json.js';

/**
 * A single value or an array of values. JSON-LD compaction writes a one-element array as the bare
 * value, and the official JSON-LD-compaction schemas accept both forms for every multi-valued
 * property (OB 3.0 §Compacted document form).
 */
export type OneOrMany<T> = T | T[];

/**
 * A string with language variants, keyed by language tag: `{ "en": "Teamwork", "es": "Trabajo en
 * equipo" }`. The official JSON-LD-compaction schemas accept one wherever a `String` is allowed
 * (tags matching `^[a-z]{2}(-[A-Z]{2})?$`).
 */
export type LanguageMap = { [languageTag: string]: string };

/** Human-readable text: a plain string or a {@link LanguageMap} of its translations. */
export type LangString = string | LanguageMap;

/**
 * An extensible enumerated vocabulary: one of the spec's terms `E`, or a proprietary term. Extended
 * terms MUST start with the prefix `ext:`, for example `ext:MyTerm` (OB 3.0 §Extending Enumerated
 * Vocabularies).
 */
export type Extensible<E extends string> = E | `ext:${string}`;

/**
 * A date and time in XSD `dateTime` / ISO 8601 form, e.g. `2024-05-01T12:00:00Z`. Where the model
 * says `DateTimeZ` (credential validity dates, `awardedDate`) the time zone is mandatory.
 */
export type DateTime = string;

/** A URI (or IRI): an absolute `https:` URL, a `did:`, a `urn:uuid:`, a `data:` URI ... */
export type Uri = string;

/**
 * A JSON-LD context entry: either a URI with the context definition or a Map with a local context
 * definition.
 */
export type Context = string | JsonObject;

/** The first `@context` entry of every W3C Verifiable Credentials Data Model 2.0 credential. */
export type VcV2ContextUrl = 'https://www.w3.org/ns/credentials/v2';

/** The first `@context` entry of every W3C Verifiable Credentials Data Model 1.1 credential. */
export type VcV1ContextUrl = 'https://www.w3.org/2018/credentials/v1';

/**
 * Default of the extension-properties parameter of the extensible classes: no extension properties.
 * It vanishes from intersections, so `Achievement` is exactly {@link AchievementBase}.
 */
// biome-ignore lint/complexity/noBannedTypes: `{}` is the identity of `&`, which keeps the default types exact and closed.
export type NoExtensions = {};

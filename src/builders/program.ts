// The lerkit Program extension (extensions/program/): what a registrar records about the program
// behind an achievement that OB 3.0 has no property for — credit or non-credit, academic level,
// clock hours, how and when it can be earned (AACRAO Alternative Credentials Work Group report,
// proposal form). OB 3.0 §Extending the Data Model: the properties sit on an extension type
// (`ProgramAchievement`), the credential lists the extension's context in `@context` and its JSON
// Schema in `credentialSchema`; the builders add both whenever an achievement uses the type.
import {
  OB_V3P0_EXTENSIONS_CONTEXT_URL,
  PROGRAM_V1_CONTEXT_URL,
  PROGRAM_V1_SCHEMA_URL,
} from '../context/urls.js';
import { InvalidArgumentError } from '../errors/index.js';
import { asArray, isObject, type JsonObject } from '../internal/json.js';
import { bool, type Check, extensible, join, object, text } from './fields.js';
import type { ExtensibleInput } from './inputs.js';

/** The extension type an Achievement carries when it uses the Program properties. */
export const PROGRAM_ACHIEVEMENT_TYPE = 'ProgramAchievement';

/** Academic levels of a credit-bearing achievement (AACRAO: "if credit, graduate or undergraduate"). */
export const ACADEMIC_LEVELS = ['Undergraduate', 'Graduate'] as const;

/**
 * When an achievement can be earned (AACRAO: "traditional semester/quarter model or on-demand"):
 * `Term` follows the institution's calendar; `OnDemand` can be begun and finished at any time.
 */
export const EARNING_SCHEDULES = ['Term', 'OnDemand'] as const;

/** The Program extension's properties of an Achievement (lerkit Program extension v1). */
export interface ProgramInput {
  /** Whether earning it earns academic credit (`true`, credit) or not (`false`, non-credit). */
  creditBearing?: boolean;
  /** Academic level of a credit-bearing achievement: `Undergraduate`, `Graduate` or `ext:…`. */
  academicLevel?: ExtensibleInput<(typeof ACADEMIC_LEVELS)[number]>;
  /** Clock (contact) hours, e.g. `45`. Credit hours go in the achievement's `creditsAvailable`. */
  clockHours?: number;
  /** When it can be earned: `Term`, `OnDemand` or `ext:…`. */
  earningSchedule?: ExtensibleInput<(typeof EARNING_SCHEDULES)[number]>;
  /** How and when it can be earned: when a learner can begin and must finish (Markdown). */
  earningNarrative?: string;
}

const nonNegative: Check<number> = (value, field) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InvalidArgumentError(`${field} must be a number ≥ 0`, field);
  }
  return value;
};

const programShape = object({
  creditBearing: bool,
  academicLevel: extensible(ACADEMIC_LEVELS),
  clockHours: nonNegative,
  earningSchedule: extensible(EARNING_SCHEDULES),
  earningNarrative: text,
});

/**
 * Turns the `program` option of an achievement input into the extension: the properties join the
 * achievement's extension properties and `ProgramAchievement` its types. Other values pass through
 * unchanged (the achievement shape reports what is wrong with them).
 */
export function expandProgram(value: unknown, field: string): unknown {
  if (!isObject(value)) return value;
  const { program, ...rest } = collectProgram(value);
  if (program === undefined) return value;
  const at = join(field, 'program');
  if (isObject(program) && 'type' in program) {
    throw new InvalidArgumentError(`${at}.type is not a property of this class`, `${at}.type`);
  }
  const properties = programShape(program, at);
  if (Object.keys(properties).length === 0) {
    throw new InvalidArgumentError(`${at} needs at least one property`, at);
  }
  const extensions = rest.extensions === undefined ? {} : rest.extensions;
  if (!isObject(extensions)) return { ...rest, program }; // the shape names the bad field
  for (const name of Object.keys(properties)) {
    if (name in extensions) {
      throw new InvalidArgumentError(
        `${join(field, `extensions.${name}`)} duplicates ${at}.${name}`,
        join(field, `extensions.${name}`),
      );
    }
  }
  const types = asArray(rest.type as unknown).filter((t) => t !== PROGRAM_ACHIEVEMENT_TYPE);
  return {
    ...rest,
    type: [...types, PROGRAM_ACHIEVEMENT_TYPE],
    extensions: { ...extensions, ...properties },
  };
}

const PROPERTIES = [
  'creditBearing',
  'academicLevel',
  'clockHours',
  'earningSchedule',
  'earningNarrative',
] as const;

// An achievement built earlier (createAchievement with `program`) comes back with the properties
// at its top level and the ProgramAchievement type: gather them into `program` again, so that the
// credential builders check it like any other input.
function collectProgram(value: JsonObject): JsonObject {
  if (value.program !== undefined || !hasType(value, PROGRAM_ACHIEVEMENT_TYPE)) return value;
  const out: JsonObject = {};
  const program: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    if ((PROPERTIES as readonly string[]).includes(key)) program[key] = item;
    else out[key] = item;
  }
  return Object.keys(program).length === 0 ? value : { ...out, program };
}

/** Whether a JSON-LD `type` value includes a given type. */
function hasType(node: JsonObject, type: string): boolean {
  return asArray(node.type as unknown).includes(type);
}

// Keys under which other, separately signed credentials sit: their contexts are their own.
const EMBEDDED_CREDENTIALS = new Set(['verifiableCredential', 'endorsement', 'endorsementJwt']);

/** Whether a credential subject (outside embedded credentials) uses the Program extension. */
export function usesProgram(node: unknown): boolean {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) stack.push(...current);
    else if (isObject(current)) {
      if (hasType(current, PROGRAM_ACHIEVEMENT_TYPE)) return true;
      for (const [key, child] of Object.entries(current)) {
        if (!EMBEDDED_CREDENTIALS.has(key)) stack.push(child);
      }
    }
  }
  return false;
}

/**
 * What a credential whose subject uses the Program extension must carry (OB 3.0 §Extending the
 * Data Model): the extension's context (after the OB extensions context, which defines the
 * `1EdTechJsonSchemaValidator2019` type) and its JSON Schema as a `credentialSchema` entry.
 */
export function programCredentialParts(subject: JsonObject): {
  contexts: string[];
  credentialSchema: JsonObject[];
} {
  if (!usesProgram(subject)) return { contexts: [], credentialSchema: [] };
  return {
    contexts: [OB_V3P0_EXTENSIONS_CONTEXT_URL, PROGRAM_V1_CONTEXT_URL],
    credentialSchema: [{ id: PROGRAM_V1_SCHEMA_URL, type: '1EdTechJsonSchemaValidator2019' }],
  };
}

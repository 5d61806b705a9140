// `credential-schema` check: applies every `credentialSchema` entry of type
// 1EdTechJsonSchemaValidator2019 (OB 3.0 §Verification step 1, 1EdTech VCCS). The official schemas
// are bundled (compiled ahead of time, recognised by their published URLs); any other schema comes
// only through the caller's loader and is compiled on demand. A schema that cannot be obtained or
// compiled is an error that says so.
import type { DocumentLoader } from '../../context/types.js';
import { type AjvIssue, createAjv2019 } from '../../internal/ajv.js';
import { asArray, isObject, type JsonObject } from '../../internal/json.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import { loadValidator } from '../../schema/registry.js';
import type { SchemaSet, SchemaTarget } from '../../schema/types.js';
import { check } from '../../schema/validate-schema.js';
import type { Check, CheckEnv, RemoteValidator, SchemaCache } from '../types.js';

const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/schema';
const CLR = 'https://purl.imsglobal.org/spec/clr/v2p0/schema';
const BUNDLED: Record<string, [SchemaTarget, SchemaSet]> = {};
for (const flavour of ['json', 'json-ld']) {
  BUNDLED[`${OB}/${flavour}/ob_v3p0_achievementcredential_schema.json`] = [
    'AchievementCredential',
    'json-ld-compaction',
  ];
  BUNDLED[`${OB}/${flavour}/ob_v3p0_endorsementcredential_schema.json`] = [
    'EndorsementCredential',
    'json-ld-compaction',
  ];
  BUNDLED[`${OB}/${flavour}/ob_v3p0_profile_schema.json`] = ['Profile', 'json-ld-compaction'];
  BUNDLED[`${CLR}/${flavour}/clr_v2p0_clrcredential_schema.json`] = [
    'ClrCredential',
    'json-ld-compaction',
  ];
  BUNDLED[`${CLR}/${flavour}/clr_v2p0_achievementcredential_schema.json`] = [
    'AchievementCredential',
    'json-ld-compaction',
  ];
  BUNDLED[`${CLR}/${flavour}/clr_v2p0_endorsementcredential_schema.json`] = [
    'EndorsementCredential',
    'json-ld-compaction',
  ];
}
BUNDLED[`${OB}/json/ob_v3p0_achievementcredential-jsonschema1.json`] = [
  'AchievementCredential',
  'strict',
];
BUNDLED[`${OB}/json/ob_v3p0_endorsementcredential-jsonschema1.json`] = [
  'EndorsementCredential',
  'strict',
];
BUNDLED[`${OB}/json/ob_v3p0_profile-jsonschema1.json`] = ['Profile', 'strict'];

const VALIDATOR_TYPE = '1EdTechJsonSchemaValidator2019';

type Problem = { path: string; message: string };

/** Applies the credential's own `credentialSchema` entries (OB 3.0 §Verification step 1). */
export const checkCredentialSchemas: Check = async ({ document, kind }, env) => {
  if (document.credentialSchema === undefined) return undefined;
  const findings: Finding[] = [];
  const cache: SchemaCache = env.schemaCache ?? new Map();
  for (const [i, entry] of asArray(document.credentialSchema).entries()) {
    const path = Array.isArray(document.credentialSchema)
      ? `/credentialSchema/${i}`
      : '/credentialSchema';
    if (!isObject(entry) || entry.type !== VALIDATOR_TYPE) {
      if (isObject(entry) && typeof entry.type === 'string') {
        findings.push(
          finding(
            'CREDENTIAL_SCHEMA_UNSUPPORTED',
            path,
            `credentialSchema of type ${entry.type} is not applied (lerkit applies ${VALIDATOR_TYPE})`,
          ),
        );
      }
      continue;
    }
    findings.push(...(await applyEntry(document, kind, entry, path, cache, env)));
  }
  return { findings, message: 'Conforms to every credentialSchema it names' };
};

async function applyEntry(
  document: JsonObject,
  kind: string,
  entry: JsonObject,
  path: string,
  cache: SchemaCache,
  env: CheckEnv,
): Promise<Finding[]> {
  const url = typeof entry.id === 'string' ? entry.id : '';
  const bundled = BUNDLED[url];
  let problems: Problem[];
  if (bundled) {
    // The official schema the schema check already applied: one mistake, reported once.
    if (bundled[0] === kind && (bundled[1] === env.schemaSet || kind === 'ClrCredential'))
      return [];
    problems = check(await loadValidator(bundled[0], bundled[1]), document);
  } else {
    const loaded = await compileRemote(url, env.documentLoader, cache);
    if (typeof loaded === 'string') {
      return [finding('CREDENTIAL_SCHEMA_UNREADABLE', `${path}/id`, loaded)];
    }
    problems = loaded(document);
  }
  return problems.map((problem) =>
    finding(
      'CREDENTIAL_SCHEMA_INVALID',
      problem.path,
      `${problem.message} (credentialSchema ${url})`,
    ),
  );
}

async function compileRemote(
  url: string,
  documentLoader: DocumentLoader,
  compiled: SchemaCache,
): Promise<RemoteValidator | string> {
  let pending = compiled.get(url);
  if (!pending) {
    pending = (async () => {
      let schema: unknown;
      try {
        schema = (await documentLoader(url)).document;
      } catch (error) {
        return `The credential schema ${url || '(no id)'} could not be obtained: ${(error as Error).message}`;
      }
      if (!isObject(schema) && typeof schema !== 'boolean') {
        return `The credential schema ${url} is not a JSON document (${typeof schema === 'string' ? 'text' : 'bytes'} was supplied)`;
      }
      try {
        // Compiled only for schemas lerkit does not bundle, so ajv is loaded only then.
        const ajv = await createAjv2019({ allErrors: true, strict: false });
        const validate = ajv.compile(schema as object);
        return (value: unknown) =>
          validate(value)
            ? []
            : (validate.errors ?? []).map((e: AjvIssue) => ({
                path: e.instancePath,
                message: `${e.message ?? 'fails'} (${e.keyword})`,
              }));
      } catch (error) {
        return `The credential schema ${url} is not a usable JSON Schema: ${(error as Error).message}`;
      }
    })();
    compiled.set(url, pending);
  }
  return pending;
}

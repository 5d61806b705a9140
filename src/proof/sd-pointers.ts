// What an ecdsa-sd-2023 base proof made by lerkit makes mandatory to disclose: the statements a
// verifier needs to judge any derived credential at all — what it is (`@context`, `type`), which
// credential (`id`), who issued it (`issuer`), when it is valid (`validFrom`/`validUntil`, or VC
// 1.1 `issuanceDate`/`expirationDate`), whether it is revoked (`credentialStatus`), how to
// validate it (`credentialSchema`) and which achievement it is about (the achievement's `id` and
// `type`). Everything else — the subject's results, evidence, names — the holder may withhold.
import { asArray, isObject, type JsonObject } from '../internal/json.js';

const TOP_LEVEL = [
  '@context',
  'type',
  'id',
  'issuer',
  'validFrom',
  'validUntil',
  'issuanceDate',
  'expirationDate',
  'credentialStatus',
  'credentialSchema',
] as const;

/** The JSON Pointers lerkit makes mandatory in an ecdsa-sd-2023 base proof (only those present). */
export function mandatoryPointers(credential: JsonObject): string[] {
  const pointers = TOP_LEVEL.filter((name) => credential[name] !== undefined).map((n) => `/${n}`);
  const subjects = asArray(credential.credentialSubject);
  subjects.forEach((subject, i) => {
    if (!isObject(subject) || !isObject(subject.achievement)) return;
    const base = Array.isArray(credential.credentialSubject)
      ? `/credentialSubject/${i}/achievement`
      : '/credentialSubject/achievement';
    for (const name of ['id', 'type']) {
      if (subject.achievement[name] !== undefined) pointers.push(`${base}/${name}`);
    }
  });
  return pointers;
}

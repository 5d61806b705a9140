// Evaluating a compiled profile on one credential: each requirement's condition on the value at
// its path; an unmet requirement is a PROFILE_REQUIREMENT_UNMET finding with the requirement's
// severity and id, at the field to fill.
import { resolvePointer } from '../internal/pointer.js';
import type { CredentialKind } from '../model/kind.js';
import type { CheckOutput } from '../report/assemble.js';
import { CODES } from '../report/codes.js';
import { finding } from '../report/finding.js';
import type { Finding } from '../report/types.js';
import type { CompiledProfile, CompiledRequirement } from './types.js';

/**
 * The `profile` check's output for one credential: `undefined` when the profile does not apply to
 * a nested credential of another kind; `skipped` when it does not apply to the credential checked.
 */
export function evaluateProfile(
  compiled: CompiledProfile,
  document: unknown,
  kind: CredentialKind,
  topLevel: boolean,
): CheckOutput | undefined {
  const { profile, requirements } = compiled;
  if (profile.appliesTo && !profile.appliesTo.includes(kind)) {
    if (!topLevel) return undefined;
    return {
      findings: [],
      message: `The ${profile.title} profile applies to ${profile.appliesTo.join(', ')}, not to ${kind === 'unknown' ? 'this document' : `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind}`}`,
      skipped: true,
    };
  }
  const findings: Finding[] = [];
  for (const requirement of requirements) {
    const value = resolvePointer(document, requirement.path);
    const problems =
      value === undefined
        ? [{ path: '', message: 'nothing is there' }]
        : requirement.evaluate(value);
    if (problems.length > 0) findings.push(unmet(compiled, requirement, problems));
  }
  return {
    findings,
    message: `Meets the ${requirements.length} requirements of the ${profile.title} profile`,
  };
}

function unmet(
  { profile }: CompiledProfile,
  { requirement, path, field }: CompiledRequirement,
  problems: { path: string; message: string }[],
): Finding {
  const first = problems[0] as { path: string; message: string };
  const message =
    requirement.message ??
    `${requirement.recommendation}: ${path + first.path || '/'} ${first.message}`;
  const hint =
    requirement.hint ??
    `${CODES.PROFILE_REQUIREMENT_UNMET.action.replace(/\.$/, '')} (requirement ${requirement.id} of the ${profile.title} profile).`;
  return {
    ...finding('PROFILE_REQUIREMENT_UNMET', field, message, hint),
    severity: requirement.severity,
    requirement: requirement.id,
  };
}

// `profile` check: the caller's quality profile, its requirements evaluated on the credential (see
// src/profile). Not run when no profile is given; in verify it runs on every credential of a kind
// the profile applies to, nested ones included (a CLR's micro-credentials).
import { evaluateProfile } from '../../profile/evaluate.js';
import type { Check } from '../types.js';

/** Applies the caller's quality profile. */
export const checkProfile: Check = ({ document, kind }, env) => {
  if (!env.profile) return undefined;
  const depth = (env as { depth?: number }).depth ?? 0;
  return evaluateProfile(env.profile, document, kind, depth === 0);
};

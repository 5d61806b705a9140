// `type` check of OB 2.0 documents: each Badge Object carries its class's type (OB 2.0 §Open
// Badges Vocabulary: "type … In most cases, this will simply be the string Assertion"; an
// Assertion's VerificationObject is HostedBadge or SignedBadge).
import type { Check } from '../types.js';
import { type Ob2CheckEnv, ruleFindings } from './document.js';

/** Checks the types of every Badge Object of the graph and of the objects they embed. */
export const checkOb2Types: Check<Ob2CheckEnv> = (target, env) => {
  const findings = ruleFindings(env.documents, 'types');
  const paths = findings.map((f) => f.path);
  return {
    findings,
    message: `The types are the spec’s (an Open Badges 2.0 ${target.kind.slice(3)})`,
    // A type the context does not define is also what JSON-LD reports: one mistake, one finding.
    folds: (f) =>
      f.check === 'jsonld' && paths.some((p) => f.path === p || f.path.startsWith(`${p}/`)),
  };
};

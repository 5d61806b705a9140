// `ob2` check: the OB 2.0 rules per class (required properties, value types, class rules) over
// every Badge Object of the graph, the links between them (each linked document available and
// being the one asked for), and extensions against the JSON Schemas they declare.
import type { Check } from '../types.js';
import { type Ob2CheckEnv, ruleFindings } from './document.js';
import { extensionFindings } from './extensions.js';

/** Applies the OB 2.0 class rules to every Badge Object of the graph. */
export const checkOb2Rules: Check<Ob2CheckEnv> = async (_target, env) => {
  // A value JSON-LD already reports (a relative IRI, a bad language tag) is reported once.
  const jsonld = env.prior.filter((f) => f.check === 'jsonld').map((f) => f.path);
  const related = (path: string) =>
    jsonld.some((p) => p === path || p.startsWith(`${path}/`) || path.startsWith(`${p}/`));
  const findings = [
    ...env.linkProblems,
    ...ruleFindings(env.documents, 'rules').filter((f) => !related(f.path)),
    ...(await extensionFindings(env.documents, env.documentLoader, env.schemaCache ?? new Map())),
  ];
  const classes = [...new Set(env.documents.map((d) => d.cls))].join(', ');
  return { findings, message: `Follows the OB 2.0 rules (${classes})` };
};

// `jsonld` check of OB 2.0 documents: every Badge Object of the graph is valid JSON-LD, every
// property it uses is defined by its @context (OB 2.0: properties "that cannot be mapped to JSON-LD
// terms … are not considered part of the badge object's meaning"), every IRI absolute. The same
// expansion as for OB 3.0, on each document, with paths placed in the graph.
import { expansionFindings } from '../checks/jsonld.js';
import type { Check } from '../types.js';
import type { Ob2CheckEnv } from './document.js';

/** Expands each document of the graph and reports undefined terms, relative IRIs, bad values. */
export const checkOb2JsonLd: Check<Ob2CheckEnv> = async (_target, env) => {
  const contextBroken = env.prior.some(
    (f) => f.code === 'CONTEXT_UNKNOWN' || f.code === 'CONTEXT_INVALID',
  );
  const findings = [];
  for (const document of env.documents) {
    if (document.prefix === '' && contextBroken) continue; // the context check says why
    for (const found of await expansionFindings(document.view.input, env.documentLoader)) {
      const where = document.url ? ` (in ${document.url})` : '';
      findings.push({
        ...found,
        path: document.prefix + found.path,
        message: found.message + where,
      });
    }
  }
  return {
    findings,
    message: `Every term of the ${env.documents.length === 1 ? 'document' : `${env.documents.length} Badge Objects`} is defined by the OB 2.0 context and every IRI is absolute`,
  };
};

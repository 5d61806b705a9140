// The Badge Objects an OB 2.0 check reads: the document validated or verified, and (when
// verifying) the documents it links (BadgeClass, issuer Profile, key, revocation list), each with
// its class and where it sits in the graph.
import type { DocumentLoader } from '../../context/types.js';
import type { JsonObject } from '../../internal/json.js';
import type { CredentialKind } from '../../model/kind.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import type { CheckEnv } from '../types.js';
import type { Ob2Class } from './classes.js';
import { checkBadgeObject, type RuleMode, type RuleProblem } from './rules.js';
import { compactView, type Ob2View } from './view.js';

/** One Badge Object of the graph. */
export interface Ob2Document {
  /** Its class. */
  readonly cls: Ob2Class;
  /** As written and as read. */
  readonly view: Ob2View;
  /** JSON Pointer of the document in the graph: `''` for the one checked, `/badge` for its BadgeClass. */
  readonly prefix: string;
  /** The URL it was loaded from, for linked documents. */
  readonly url?: string;
  /** A Profile in the issuer role. */
  readonly issuer?: boolean;
}

/** What the OB 2.0 conformance checks read besides the target. */
export interface Ob2CheckEnv extends CheckEnv {
  /** The documents, the one checked first. */
  readonly documents: readonly Ob2Document[];
  /** Problems met linking the documents (a BadgeClass that could not be loaded, …): `ob2` findings. */
  readonly linkProblems: readonly Finding[];
}

/** The class of the document a kind names. */
export function classOfKind(kind: CredentialKind): Ob2Class | undefined {
  switch (kind) {
    case 'OB2Assertion':
      return 'Assertion';
    case 'OB2BadgeClass':
      return 'BadgeClass';
    case 'OB2Profile':
      return 'Profile';
    case 'OB2Endorsement':
      return 'Endorsement';
    default:
      return undefined;
  }
}

/** Reads one document: compacts it and records where it sits. */
export async function readOb2Document(
  input: JsonObject,
  cls: Ob2Class,
  documentLoader: DocumentLoader,
  placement: { prefix?: string; url?: string; issuer?: boolean } = {},
): Promise<Ob2Document> {
  return {
    cls,
    view: await compactView(input, documentLoader),
    prefix: placement.prefix ?? '',
    ...(placement.url !== undefined ? { url: placement.url } : {}),
    ...(placement.issuer || cls === 'Profile' ? { issuer: true } : {}),
  };
}

/** A finding at a place in a document of the graph (path mapped to the document as written). */
export function documentFinding(document: Ob2Document, problem: RuleProblem): Finding {
  const path = document.prefix + document.view.toInputPath(problem.at);
  const where = document.url ? ` (in ${document.url})` : '';
  return finding(problem.code, path, `${problem.message}${where}`, problem.hint);
}

/** The rules' findings over every document, of one mode, without duplicates. */
export function ruleFindings(documents: readonly Ob2Document[], mode: RuleMode): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const document of documents) {
    const problems = checkBadgeObject(document.view.view, document.cls, {
      mode,
      ...(document.issuer ? { issuer: true } : {}),
    });
    for (const problem of problems) {
      const found = documentFinding(document, problem);
      const key = `${found.code} ${found.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(found);
    }
  }
  return out;
}

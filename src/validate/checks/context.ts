// `context` check: the VC context comes first; Open Badges and CLR credentials carry their context
// in the spec's order (OB 3.0 §Serialization → JSON-LD; CLR schema: VC 2.0, CLR, OB); an older
// OB/CLR context version is a warning naming the current one; a context nothing can supply is an
// error.
import { getBundledContext } from '../../context/bundled.js';
import type { DocumentLoader } from '../../context/types.js';
import {
  CLR_V2P0_CONTEXT_URL,
  OB_V3P0_CONTEXT_URL,
  VC_V1_CONTEXT_URL,
  VC_V2_CONTEXT_URL,
} from '../../context/urls.js';
import { isObject, type JsonObject } from '../../internal/json.js';
import type { CredentialKind } from '../../model/kind.js';
import { issue } from '../issue.js';
import type { ValidationIssue } from '../types.js';

const OB_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d\.\d)?\.json$/;
const CLR_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/clr\/v2p0\/context(-2\.\d\.\d)?\.json$/;
const CREDENTIAL_KINDS: CredentialKind[] = [
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
  'VerifiableCredential',
];

/** Checks `@context` entries, their order and their versions. */
export async function checkContext(
  document: JsonObject,
  kind: CredentialKind,
  documentLoader: DocumentLoader,
): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  const raw = document['@context'];
  if (raw === undefined) {
    if (CREDENTIAL_KINDS.includes(kind)) {
      issues.push(
        issue(
          'context',
          'CONTEXT_MISSING',
          'error',
          '/@context',
          'A credential needs @context: the VC context first, then the Open Badges / CLR context',
        ),
      );
    }
    return issues;
  }
  const contexts = Array.isArray(raw) ? raw : [raw];
  const at = (i: number) => (Array.isArray(raw) ? `/@context/${i}` : '/@context');

  for (const [i, entry] of contexts.entries()) {
    if (typeof entry === 'string') {
      if (!getBundledContext(entry)) {
        try {
          await documentLoader(entry);
        } catch {
          issues.push(
            issue(
              'context',
              'CONTEXT_UNKNOWN',
              'error',
              at(i),
              `The context ${entry} is not bundled with lerkit and no resource or loader supplies it`,
            ),
          );
        }
      }
    } else if (!isObject(entry)) {
      issues.push(
        issue(
          'context',
          'CONTEXT_INVALID',
          'error',
          at(i),
          'A @context entry must be a URL or an object',
        ),
      );
    }
  }

  if (!CREDENTIAL_KINDS.includes(kind)) return issues;
  const first = contexts[0];
  if (first !== VC_V2_CONTEXT_URL && first !== VC_V1_CONTEXT_URL) {
    issues.push(
      issue(
        'context',
        'CONTEXT_VC_NOT_FIRST',
        'error',
        at(0),
        `The first @context must be ${VC_V2_CONTEXT_URL} (VC Data Model 2.0)`,
      ),
    );
  } else if (first === VC_V1_CONTEXT_URL) {
    issues.push(
      issue(
        'context',
        'CONTEXT_VC_V1',
        'warning',
        at(0),
        `This is a VC Data Model 1.1 credential; Open Badges 3.0 and CLR 2.0 use ${VC_V2_CONTEXT_URL}`,
      ),
    );
  }

  const strings = contexts.map((c) => (typeof c === 'string' ? c : ''));
  const obIndex = strings.findIndex((c) => OB_CONTEXT.test(c));
  const clrIndex = strings.findIndex((c) => CLR_CONTEXT.test(c));
  if (kind === 'ClrCredential') {
    if (clrIndex < 0) {
      issues.push(
        issue(
          'context',
          'CONTEXT_CLR_MISSING',
          'error',
          '/@context',
          `A ClrCredential needs the CLR 2.0 context ${CLR_V2P0_CONTEXT_URL}`,
        ),
      );
    } else if (clrIndex !== 1) {
      issues.push(
        issue(
          'context',
          'CONTEXT_ORDER',
          'error',
          at(clrIndex),
          'The CLR context must come second, right after the VC context',
        ),
      );
    }
    if (obIndex < 0) {
      issues.push(
        issue(
          'context',
          'CONTEXT_OB_MISSING',
          'error',
          '/@context',
          `A ClrCredential needs the Open Badges context ${OB_V3P0_CONTEXT_URL} after the CLR context`,
        ),
      );
    } else if (clrIndex >= 0 && obIndex !== clrIndex + 1) {
      issues.push(
        issue(
          'context',
          'CONTEXT_ORDER',
          'error',
          at(obIndex),
          'The Open Badges context must come right after the CLR context',
        ),
      );
    }
  } else if (kind === 'AchievementCredential' || kind === 'EndorsementCredential') {
    if (obIndex < 0) {
      issues.push(
        issue(
          'context',
          'CONTEXT_OB_MISSING',
          'error',
          '/@context',
          `An Open Badges credential needs the context ${OB_V3P0_CONTEXT_URL}`,
        ),
      );
    } else if (obIndex !== 1) {
      issues.push(
        issue(
          'context',
          'CONTEXT_ORDER',
          'error',
          at(obIndex),
          'The Open Badges context must come second, right after the VC context',
        ),
      );
    }
  }
  if (obIndex >= 0 && strings[obIndex] !== OB_V3P0_CONTEXT_URL) {
    issues.push(
      issue(
        'context',
        'CONTEXT_OUTDATED',
        'warning',
        at(obIndex),
        `${strings[obIndex]} is an older Open Badges context; the current one is ${OB_V3P0_CONTEXT_URL}`,
      ),
    );
  }
  if (clrIndex >= 0 && strings[clrIndex] !== CLR_V2P0_CONTEXT_URL) {
    issues.push(
      issue(
        'context',
        'CONTEXT_OUTDATED',
        'warning',
        at(clrIndex),
        `${strings[clrIndex]} is an older CLR context; the current one is ${CLR_V2P0_CONTEXT_URL}`,
      ),
    );
  }
  return issues;
}

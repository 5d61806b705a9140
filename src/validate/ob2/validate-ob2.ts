// validate() of an Open Badges 2.0 document: the OB 2.0 conformance checks (context, JSON-LD,
// types, the `ob2` rules per class, dates) on the document and the objects it embeds. Linked
// documents are not loaded here: verify() loads and checks the whole graph. An Open Badges 1.x
// assertion is recognised and reported as unsupported.
import type { JsonObject } from '../../internal/json.js';
import type { CredentialKind } from '../../model/kind.js';
import { finding } from '../../report/finding.js';
import { checkContext } from '../checks/context.js';
import { type ChecksRun, type RunChecksOptions, runChecks, type Step } from '../run-checks.js';
import type { Check, CheckEnv, Target } from '../types.js';
import { checkOb2Dates } from './check-dates.js';
import { checkOb2JsonLd } from './check-jsonld.js';
import { checkOb2Rules } from './check-rules.js';
import { checkOb2Types } from './check-type.js';
import { classOfKind, type Ob2CheckEnv, readOb2Document } from './document.js';

/** The OB 2.0 conformance checks, in pipeline order: validate runs them, verify runs them first. */
export const OB2_CONFORMANCE_STEPS: readonly Step<Ob2CheckEnv>[] = [
  { check: 'context', run: checkContext },
  { check: 'jsonld', run: checkOb2JsonLd },
  { check: 'type', run: checkOb2Types },
  { check: 'ob2', run: checkOb2Rules },
];

/** Whether validate and verify read a document of this kind with the OB 2.0 (or 1.x) checks. */
export function isOb2Kind(kind: CredentialKind): boolean {
  return kind.startsWith('OB2') || kind === 'OB1Assertion';
}

/** `type` check of an Open Badges 1.x assertion: recognised, not supported. */
export const checkOb1: Check = ({ document }) => {
  const version = document['@context'] === undefined ? '1.0' : '1.1';
  return {
    findings: [
      finding(
        'TYPE_OB1_UNSUPPORTED',
        document['@context'] === undefined ? '' : '/@context',
        `This is an Open Badges ${version} assertion; lerkit verifies Open Badges 2.0 and 3.0`,
      ),
    ],
    message: `An Open Badges ${version} assertion`,
    halt: true,
  };
};

/** Runs the OB 2.0 conformance checks over one document (validate). */
export async function validateOb2(
  target: Target,
  env: Omit<CheckEnv, 'prior'>,
  options: RunChecksOptions,
): Promise<ChecksRun> {
  const cls = classOfKind(target.kind);
  if (!cls) return runChecks([{ check: 'type', run: checkOb1 }], target, env, options);
  const document = await readOb2Document(target.document as JsonObject, cls, env.documentLoader);
  const steps: Step<Ob2CheckEnv>[] = [
    ...OB2_CONFORMANCE_STEPS,
    { check: 'dates', run: checkOb2Dates },
  ];
  return runChecks(steps, target, { ...env, documents: [document], linkProblems: [] }, options);
}

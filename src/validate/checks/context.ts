// `context` check: the VC context comes first; Open Badges and CLR credentials carry their context
// in the spec's order (OB 3.0 §Serialization → JSON-LD; CLR schema: VC 2.0, CLR, OB); an older
// OB/CLR context version is a warning naming the current one; a context nothing can supply is an
// error.
import { getBundledContext } from '../../context/bundled.js';
import {
  CLR_V2P0_CONTEXT_URL,
  OB_V3P0_CONTEXT_URL,
  VC_V1_CONTEXT_URL,
  VC_V2_CONTEXT_URL,
} from '../../context/urls.js';
import { isObject } from '../../internal/json.js';
import type { CredentialKind } from '../../model/kind.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import type { Check } from '../types.js';

const OB_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d\.\d)?\.json$/;
const CLR_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/clr\/v2p0\/context(-2\.\d\.\d)?\.json$/;
const CREDENTIAL_KINDS: readonly CredentialKind[] = [
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
  'VerifiableCredential',
];

/** Checks `@context` entries, their order and their versions. */
export const checkContext: Check = async ({ document, kind }, { documentLoader }) => {
  const raw = document['@context'];
  const isCredential = CREDENTIAL_KINDS.includes(kind);
  if (raw === undefined) {
    const findings = isCredential
      ? [
          finding(
            'CONTEXT_MISSING',
            '/@context',
            'A credential needs @context: the VC context first, then the Open Badges / CLR context',
          ),
        ]
      : [];
    return { findings, message: 'The document has no @context' };
  }
  const contexts = Array.isArray(raw) ? raw : [raw];
  const at = (i: number) => (Array.isArray(raw) ? `/@context/${i}` : '/@context');
  const findings = await checkEntries(contexts, at, documentLoader);
  if (isCredential) {
    const urls = contexts.map((c) => (typeof c === 'string' ? c : ''));
    findings.push(
      ...checkVcFirst(urls, at),
      ...checkOrder(urls, kind, at),
      ...checkVersions(urls, at),
    );
  }
  return { findings, message: 'The @context is the spec’s' };
};

type At = (index: number) => string;

async function checkEntries(
  contexts: unknown[],
  at: At,
  documentLoader: (url: string) => Promise<unknown>,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const [i, entry] of contexts.entries()) {
    if (typeof entry === 'string') {
      if (getBundledContext(entry)) continue;
      try {
        await documentLoader(entry);
      } catch {
        findings.push(
          finding(
            'CONTEXT_UNKNOWN',
            at(i),
            `The context ${entry} is not bundled with lerkit and no resource or loader supplies it`,
          ),
        );
      }
    } else if (!isObject(entry)) {
      findings.push(
        finding('CONTEXT_INVALID', at(i), 'A @context entry must be a URL or an object'),
      );
    }
  }
  return findings;
}

function checkVcFirst(urls: string[], at: At): Finding[] {
  if (urls[0] === VC_V2_CONTEXT_URL) return [];
  if (urls[0] === VC_V1_CONTEXT_URL) {
    return [
      finding(
        'CONTEXT_VC_V1',
        at(0),
        `This is a VC Data Model 1.1 credential; Open Badges 3.0 and CLR 2.0 use ${VC_V2_CONTEXT_URL}`,
      ),
    ];
  }
  return [
    finding(
      'CONTEXT_VC_NOT_FIRST',
      at(0),
      `The first @context must be ${VC_V2_CONTEXT_URL} (VC Data Model 2.0)`,
    ),
  ];
}

// CLR: VC, CLR, OB. OB credentials and endorsements: VC, OB.
function checkOrder(urls: string[], kind: CredentialKind, at: At): Finding[] {
  const obIndex = urls.findIndex((c) => OB_CONTEXT.test(c));
  const clrIndex = urls.findIndex((c) => CLR_CONTEXT.test(c));
  if (kind === 'ClrCredential') return clrOrder(obIndex, clrIndex, at);
  if (kind !== 'AchievementCredential' && kind !== 'EndorsementCredential') return [];
  if (obIndex < 0) {
    return [
      finding(
        'CONTEXT_OB_MISSING',
        '/@context',
        `An Open Badges credential needs the context ${OB_V3P0_CONTEXT_URL}`,
      ),
    ];
  }
  return obIndex === 1
    ? []
    : [
        finding(
          'CONTEXT_ORDER',
          at(obIndex),
          'The Open Badges context must come second, right after the VC context',
        ),
      ];
}

function clrOrder(obIndex: number, clrIndex: number, at: At): Finding[] {
  const findings: Finding[] = [];
  if (clrIndex < 0) {
    findings.push(
      finding(
        'CONTEXT_CLR_MISSING',
        '/@context',
        `A ClrCredential needs the CLR 2.0 context ${CLR_V2P0_CONTEXT_URL}`,
      ),
    );
  } else if (clrIndex !== 1) {
    findings.push(
      finding(
        'CONTEXT_ORDER',
        at(clrIndex),
        'The CLR context must come second, right after the VC context',
      ),
    );
  }
  if (obIndex < 0) {
    findings.push(
      finding(
        'CONTEXT_OB_MISSING',
        '/@context',
        `A ClrCredential needs the Open Badges context ${OB_V3P0_CONTEXT_URL} after the CLR context`,
      ),
    );
  } else if (clrIndex >= 0 && obIndex !== clrIndex + 1) {
    findings.push(
      finding(
        'CONTEXT_ORDER',
        at(obIndex),
        'The Open Badges context must come right after the CLR context',
      ),
    );
  }
  return findings;
}

function checkVersions(urls: string[], at: At): Finding[] {
  const findings: Finding[] = [];
  const obIndex = urls.findIndex((c) => OB_CONTEXT.test(c));
  const clrIndex = urls.findIndex((c) => CLR_CONTEXT.test(c));
  if (obIndex >= 0 && urls[obIndex] !== OB_V3P0_CONTEXT_URL) {
    findings.push(
      finding(
        'CONTEXT_OUTDATED',
        at(obIndex),
        `${urls[obIndex]} is an older Open Badges context; the current one is ${OB_V3P0_CONTEXT_URL}`,
      ),
    );
  }
  if (clrIndex >= 0 && urls[clrIndex] !== CLR_V2P0_CONTEXT_URL) {
    findings.push(
      finding(
        'CONTEXT_OUTDATED',
        at(clrIndex),
        `${urls[clrIndex]} is an older CLR context; the current one is ${CLR_V2P0_CONTEXT_URL}`,
      ),
    );
  }
  return findings;
}

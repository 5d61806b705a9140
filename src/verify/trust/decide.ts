// The trust decision: every registry is asked at once; one that vouches for the issuer makes it
// trusted, one that cannot answer makes a negative answer unknown — an unreadable registry never
// counts as "not found".
import type { TrustDecision, TrustMatch, UncheckedSource } from '../../report/issuer.js';
import { cleanText } from './binding.js';
import type { TrustLookup, TrustLookupContext, TrustRegistry } from './types.js';

/** Asks every registry about the issuer and decides. */
export async function decideTrust(
  issuerId: string,
  registries: readonly TrustRegistry[],
  context: TrustLookupContext,
): Promise<TrustDecision> {
  const answers = await Promise.all(registries.map((registry) => ask(registry, issuerId, context)));
  const shown = display(issuerId);
  const matches: TrustMatch[] = [];
  const unchecked: UncheckedSource[] = [];
  const checked: string[] = [];
  answers.forEach((answer, i) => {
    const source = (registries[i] as TrustRegistry).name;
    if (answer.status === 'found') matches.push(matchOf(source, answer));
    else if (answer.status === 'unknown') unchecked.push({ source, reason: answer.reason });
    else checked.push(source);
  });
  if (matches.length > 0) {
    return { status: 'trusted', matches, unchecked, message: trustedMessage(shown, matches) };
  }
  if (unchecked.length > 0) {
    const reasons = unchecked.map((u) => `${u.source} could not be consulted (${u.reason})`);
    const notListed =
      checked.length > 0
        ? `; ${list(checked)} ${checked.length === 1 ? 'does' : 'do'} not list it`
        : '';
    return {
      status: 'unknown',
      checked,
      unchecked,
      message: `Whether ${shown} is trusted is unknown: ${reasons.join('; ')}${notListed}`,
    };
  }
  return {
    status: 'not-found',
    checked,
    message: `${shown} is not in ${checked.length === 1 ? 'the trust source' : 'any of the trust sources'} ${list(checked)}`,
  };
}

/** A decision of `unknown` made without asking: the proof does not show who signed. */
export function unprovenDecision(issuerId: string, reason: string): TrustDecision {
  return {
    status: 'unknown',
    checked: [],
    unchecked: [],
    message: `Whether ${display(issuerId)} is trusted was not looked up: ${reason}`,
  };
}

// A registry's answer, whatever it does: a rejection or a malformed answer is `unknown`.
async function ask(
  registry: TrustRegistry,
  issuerId: string,
  context: TrustLookupContext,
): Promise<TrustLookup> {
  let answer: unknown;
  try {
    answer = await registry.lookup(issuerId, context);
  } catch (error) {
    const why = cleanText(String((error as Error)?.message ?? error)) ?? 'it failed';
    return { status: 'unknown', reason: `the lookup failed: ${why}` };
  }
  const status = (answer as { status?: unknown } | null)?.status;
  if (status === 'found' || status === 'not-found') return answer as TrustLookup;
  if (status === 'unknown') {
    const reason = cleanText((answer as { reason?: unknown }).reason) ?? 'no reason given';
    return { status: 'unknown', reason };
  }
  return { status: 'unknown', reason: 'the registry gave no answer lerkit understands' };
}

function matchOf(source: string, answer: TrustLookup & { status: 'found' }): TrustMatch {
  const match: TrustMatch = { source };
  const name = cleanText(answer.name);
  const url = cleanText(answer.url);
  const location = cleanText(answer.location);
  if (name !== undefined) match.name = name;
  if (url !== undefined) match.url = url;
  if (location !== undefined) match.location = location;
  return match;
}

function trustedMessage(issuerId: string, matches: readonly TrustMatch[]): string {
  const by = matches.map((m) => (m.name ? `${m.source} (as “${m.name}”)` : m.source));
  return `${issuerId} is trusted by ${by.join(', ')}`;
}

/** An issuer id as messages show it: the id is a stranger's text (no control characters). */
export function display(issuerId: string): string {
  return cleanText(issuerId) ?? '(an issuer id with no printable characters)';
}

function list(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join(', ');
}

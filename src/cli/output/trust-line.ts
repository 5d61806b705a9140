// The trust line under a verified file's verdict: who the issuer is, how its key is bound, and
// whether a --trust source vouches for it. Only when a trust decision was made (--trust given).
import type { IssuerReport, KeyBinding, ValidationReport, VerificationReport } from 'lerkit';

/** `    issuer: <id> “<name>” (<binding>): <decision>`, or undefined without a decision. */
export function trustLine(report: ValidationReport | VerificationReport): string | undefined {
  const issuer = 'issuer' in report ? report.issuer : undefined;
  if (!issuer || issuer.trust.status === 'none') return undefined;
  const name = issuer.name ? ` “${issuer.name}”` : '';
  return printable(
    `    issuer: ${issuer.id ?? '(no id)'}${name} (${binding(issuer.binding)}): ${decision(issuer)}`,
  );
}

function binding(bound: KeyBinding): string {
  if (bound.type === 'domain') return `${bound.method}, bound to ${bound.domain}`;
  if (bound.type === 'self-certifying')
    return `${bound.method}, self-certifying: bound to no domain`;
  return `${bound.method ?? 'no scheme'}, binding unknown`;
}

function decision({ trust }: IssuerReport): string {
  switch (trust.status) {
    case 'trusted': {
      const by = trust.matches.map((m) => (m.name ? `${m.source} as “${m.name}”` : m.source));
      return `trusted by ${by.join(', ')}`;
    }
    case 'not-found':
      return `not trusted: not in ${trust.checked.join(', ')}`;
    case 'unknown': {
      const unchecked = trust.unchecked.map(
        (u) => `${u.source} could not be checked (${u.reason})`,
      );
      return `trust unknown: ${unchecked.length > 0 ? unchecked.join('; ') : trust.message}`;
    }
    default:
      return trust.message;
  }
}

// Ids and names come from strangers' credentials and registries: no control characters reach the
// terminal.
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

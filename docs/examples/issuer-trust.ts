// Issuer trust: `verified` says the issuer named controls the signing key, not who that is. Here a
// platform trusts its partner list and the DCC-format registry it relies on, and verifies a badge
// from a registered issuer, one from a stranger who calls itself "Example University", and the
// first again while the registry cannot be read.
// Run with `npx tsx docs/examples/issuer-trust.ts`; the test suite runs it too.
import {
  createAchievement,
  createOpenBadgeCredential,
  type DccRegistryFile,
  generateKeyPair,
  type KeyPair,
  sign,
  type TrustRegistry,
  type TrustSource,
  type VerificationReport,
  verify,
} from 'lerkit';

const REGISTRY_URL = 'https://registry.example/registry.json';

async function badgeFrom(key: KeyPair, name: string) {
  const achievement = createAchievement({
    id: 'https://example.edu/achievements/teamwork',
    name: 'Teamwork',
    description: 'Collaborates effectively within a group.',
    criteria: { narrative: 'Nominated by peers and confirmed by an instructor.' },
  });
  const badge = createOpenBadgeCredential({
    issuer: { id: key.controller, name },
    achievement,
    recipient: { id: 'did:example:ada' },
  });
  return sign(badge, { key });
}

/** One line per report: what a platform would show next to the badge. */
export function trustSummary(report: VerificationReport): string {
  const issuer = report.issuer;
  if (!issuer) return 'not a credential';
  const { trust } = issuer;
  switch (trust.status) {
    case 'trusted':
      return `${trust.matches[0]?.name ?? issuer.id} (verified issuer: ${trust.matches.map((m) => m.source).join(', ')})`;
    case 'not-found':
      return `“${issuer.name ?? issuer.id}” — unverified issuer: not in ${trust.checked.join(', ')}`;
    case 'unknown':
      return `“${issuer.name ?? issuer.id}” — issuer could not be checked: ${trust.unchecked.map((u) => u.source).join(', ')}`;
    default:
      return `“${issuer.name ?? issuer.id}” — ${trust.message}`;
  }
}

export async function main() {
  const registered = await generateKeyPair();
  const stranger = await generateKeyPair();

  // 1. The registry, in the DCC "dcc-legacy" format; in production its URL is fetched (pass
  //    `fetch`), here it is given as a resource.
  const registry: DccRegistryFile = {
    meta: { created: '2025-01-01T00:00:00Z' },
    registry: {
      [registered.controller]: {
        name: 'Example University',
        url: 'https://example.edu',
        location: 'Springfield',
      },
    },
  };

  // 2. A registry of your own: anything with a name and lookup().
  const partners = new Map([['did:web:partner.example', 'Partner College']]);
  const ours: TrustRegistry = {
    name: 'Our partners',
    lookup: async (issuerId) =>
      partners.has(issuerId)
        ? { status: 'found', name: partners.get(issuerId) as string }
        : { status: 'not-found' },
  };

  const trust: TrustSource[] = [
    { type: 'dcc-legacy', name: 'Example Registry', url: REGISTRY_URL },
    ours,
    ['badges.partner.example'], // a domain: every did:web and https issuer bound to it
  ];

  const genuine = await badgeFrom(registered, 'Example University');
  const impostor = await badgeFrom(stranger, 'Example University'); // verifies, but who is it?

  const online = { trust, resources: { [REGISTRY_URL]: registry } };
  const reports = {
    genuine: await verify(genuine, online),
    impostor: await verify(impostor, online),
    // The registry cannot be obtained: unknown, never "not found".
    registryDown: await verify(genuine, { trust }),
    // Policy: only trusted issuers pass.
    strict: await verify(impostor, { ...online, requireTrustedIssuer: true }),
  };
  for (const [name, report] of Object.entries(reports)) {
    console.log(`${name}: verified=${report.verified} — ${trustSummary(report)}`);
  }
  return reports;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

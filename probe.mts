import { convertOb2ToOb3 } from './src/ob2/index.ts';
import { validate } from './src/validate/index.ts';
import { verify } from './src/verify/index.ts';
import { sign, generateKeyPair } from './src/proof/index.ts';
const issuer = { "@context": "https://w3id.org/openbadges/v2", type: "Issuer", id: "https://example.org/organization.json", name: "Org", url: "https://example.org", email: "contact@example.org", telephone: "+16175551212", publicKey: "https://example.org/publicKey.json", image: {id: "https://example.org/logo.png", caption: "Logo", author: "https://x.org"} };
const badge = { "@context": "https://w3id.org/openbadges/v2", type: "BadgeClass", id: "https://example.org/robotics-badge.json", name: "Robotics", description: "d", image: "https://example.org/robotics-badge.png", criteria: "https://example.org/robotics-badge.html", tags: ["robots","awesome"], alignment: [{ targetName: "CCSS", targetUrl: "http://www.corestandards.org/x", targetFramework: "CC", targetCode: "x" }], issuer: issuer.id, version: 2, "@language": "en-us" };
const assertion = { "@context": "https://w3id.org/openbadges/v2", type: "Assertion", id: "https://example.org/beths-robotics-badge.json",
  recipient: { type: "email", hashed: true, salt: "deadsea", identity: "sha256$c7ef86405ba71b85acd8e2e95166c4b111448089f2e1599f42fe1bba46e865c5" },
  issuedOn: "2016-12-31T23:59:59+00:00", expires: "2030-01-01T00:00Z", badge: badge.id, verification: { type: "hosted" }, evidence: [{ id: "https://example.org/work", narrative: "n", genre: "Prose"}], narrative: "text", image: "https://example.org/baked.png" };
const key = await generateKeyPair();
const res = await convertOb2ToOb3(assertion, { [issuer.id]: issuer, [badge.id]: badge }, { issuer: key.controller });
console.log(JSON.stringify(res, null, 1));
const v = await validate(res.credential);
console.log(v.status, JSON.stringify(v.findings.map(f=>[f.code,f.path,f.message])));
const signed = await sign(res.credential, { key });
const r = await verify(signed, { now: new Date('2024-01-01') });
console.log(r.status, JSON.stringify(r.findings.map(f=>[f.code,f.path,f.message])));

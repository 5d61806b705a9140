// Fuzz: documents a stranger supplies through `resources` — DID documents, status list
// credentials, JSON-LD contexts — to createDocumentLoader (only its documented typed errors) and
// to verify() (never throws: every problem is a check in the report), and mutated credentials to
// verify() and validate() (never throw).
import fc from 'fast-check';
import { expect } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import { isLerkitError } from '../../src/errors/index.js';
import { validate } from '../../src/validate/index.js';
import { verify } from '../../src/verify/index.js';
import { fuzz } from './harness.js';
import { mutatedJson, mutatedText } from './mutate.js';
import {
  CONTEXT,
  CONTEXT_URL,
  credentialWithContext,
  JSON_TEXTS,
  NOW,
  WITH_RESOURCES,
} from './seeds.js';

type Resources = Record<string, unknown>;

// Every resource document, mutated as a tree or as text, in place of the original.
const documents: { url: string; document: unknown }[] = [
  ...WITH_RESOURCES.flatMap(({ resources }) =>
    Object.entries(resources).map(([url, document]) => ({ url, document })),
  ),
  { url: CONTEXT_URL, document: CONTEXT },
];
const mutatedResource = fc
  .tuple(fc.nat(documents.length - 1), fc.boolean())
  .chain(([i, asText]) => {
    const { url, document } = documents[i] as { url: string; document: unknown };
    const value = asText
      ? mutatedText([JSON.stringify(document)])
      : mutatedJson([document as object]);
    return (value as fc.Arbitrary<unknown>).map((mutated) => ({ url, value: mutated }));
  });

const documentError = (error: unknown) =>
  isLerkitError(error, 'ERR_LERKIT_INVALID_ARGUMENT') ||
  isLerkitError(error, 'ERR_LERKIT_DOCUMENT_NOT_FOUND') ||
  isLerkitError(error, 'ERR_LERKIT_DOCUMENT_LOAD_FAILED');

fuzz({
  name: 'createDocumentLoader (resources)',
  arbitrary: mutatedResource,
  run: async ({ url, value }) => {
    const loader = createDocumentLoader({ resources: { [url]: value } });
    return loader(url);
  },
  accept: documentError,
  batch: { full: 2000, slice: 60 },
  batches: 2,
});

const checkReport = (result: unknown) => {
  const report = result as { checks?: { id: string; outcome: string }[]; verified?: boolean };
  expect(Array.isArray(report.checks)).toBe(true);
};

// A fixture credential verified with one of its resources mutated (or the context one).
const withMutatedResource = mutatedResource.chain(({ url, value }) =>
  fc
    .constantFrom(...WITH_RESOURCES, {
      credential: credentialWithContext(),
      resources: { [CONTEXT_URL]: CONTEXT },
    })
    .map(({ credential, resources }) => ({
      credential,
      resources: { ...resources, [url]: value } as Resources,
    })),
);

fuzz({
  name: 'verify (resources: DID documents, status lists, contexts)',
  arbitrary: withMutatedResource,
  warmUp: () =>
    Promise.all(
      WITH_RESOURCES.map(({ credential, resources }) =>
        verify(credential, { now: NOW, resources }),
      ),
    ),
  run: ({ credential, resources }) => verify(credential, { now: NOW, resources }),
  // A resource that is not JSON text (or absurdly deep) is bad options, documented as
  // ERR_LERKIT_INVALID_ARGUMENT naming the resource; anything in a document is a finding.
  accept: (error) =>
    isLerkitError(error, 'ERR_LERKIT_INVALID_ARGUMENT') &&
    (error.field ?? '').startsWith('resources.'),
  check: checkReport,
  batch: { full: 150, slice: 6 },
  batches: 8,
});

const credentials = fc.oneof(
  mutatedJson(JSON_TEXTS.map((t) => JSON.parse(t) as object)),
  mutatedText(JSON_TEXTS),
);

fuzz({
  name: 'verify (credentials)',
  arbitrary: credentials,
  warmUp: () => Promise.all(JSON_TEXTS.map((text) => verify(text, { now: NOW }))),
  run: (credential) => verify(credential, { now: NOW }),
  check: checkReport,
  batch: { full: 150, slice: 6 },
  batches: 8,
});

fuzz({
  name: 'validate (credentials)',
  arbitrary: credentials,
  warmUp: () => Promise.all(JSON_TEXTS.map((text) => validate(text))),
  run: (credential) => validate(credential),
  check: (result) => expect(typeof (result as { valid: unknown }).valid).toBe('boolean'),
  batch: { full: 300, slice: 10 },
  batches: 3,
});

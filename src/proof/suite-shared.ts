// What suites.ts and the lazily loaded suite-impl.ts both need, in a module of its own so that
// neither imports the other (suites.ts loads suite-impl.ts on first use).

/** Options of `signingSuite`. */
export interface SigningSuiteOptions {
  /** `created` of the proof. */
  date: Date;
  /** ecdsa-sd-2023: JSON Pointers of what every derived credential must disclose. */
  mandatoryPointers?: string[];
}

/** The first `@id` in expanded JSON-LD that is neither an absolute IRI nor a blank node. */
export function findRelativeReference(expanded: unknown): string | undefined {
  const nodes: unknown[] = [expanded];
  while (nodes.length > 0) {
    const node = nodes.pop();
    if (Array.isArray(node)) nodes.push(...node);
    else if (node !== null && typeof node === 'object') {
      const id = (node as Record<string, unknown>)['@id'];
      if (typeof id === 'string' && !/^(?:[A-Za-z][A-Za-z0-9+.-]*:|_:)/.test(id)) return id;
      nodes.push(...Object.values(node));
    }
  }
  return undefined;
}

// Minimal ambient types for rdf-canonize (internal only, used by src/jsonld).

declare module 'rdf-canonize' {
  export interface RdfTerm {
    termType: 'NamedNode' | 'BlankNode' | 'Literal' | 'DefaultGraph';
    value: string;
    datatype?: { termType: 'NamedNode'; value: string };
    language?: string;
  }
  export interface RdfQuad {
    subject: RdfTerm;
    predicate: RdfTerm;
    object: RdfTerm;
    graph: RdfTerm;
  }
  export function canonize(
    dataset: readonly RdfQuad[],
    options: { algorithm: 'RDFC-1.0'; maxWorkFactor?: number; signal?: AbortSignal },
  ): Promise<string>;
  const rdfCanonize: { canonize: typeof canonize };
  export default rdfCanonize;
}

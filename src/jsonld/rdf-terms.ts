// RDF terms of the dataset the quad emitter produces, in the shape rdf-canonize reads, and the
// literal conversion of JSON-LD 1.1 API §8.6 "Object to RDF Conversion" with jsonld.js's exact
// lexical forms (lib/toRdf.js `_objectToRDF`).
import type { RdfQuad, RdfTerm } from 'rdf-canonize';
import { canonicalizeJson } from '../internal/jcs.js';

export type { RdfQuad, RdfTerm };

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const XSD_BOOLEAN = `${XSD}boolean`;
export const XSD_DOUBLE = `${XSD}double`;
export const XSD_INTEGER = `${XSD}integer`;
export const XSD_STRING = `${XSD}string`;
export const RDF_TYPE = `${RDF}type`;
export const RDF_FIRST = `${RDF}first`;
export const RDF_REST = `${RDF}rest`;
export const RDF_NIL = `${RDF}nil`;
export const RDF_JSON = `${RDF}JSON`;
export const RDF_LANGSTRING = `${RDF}langString`;

/** The default graph. */
export const DEFAULT_GRAPH: RdfTerm = Object.freeze({ termType: 'DefaultGraph', value: '' });

/** An IRI (`NamedNode`) or blank node (`_:` prefix) term, as jsonld.js `_makeTerm` builds it. */
export function makeTerm(id: string): RdfTerm {
  return id.startsWith('_:')
    ? { termType: 'BlankNode', value: id.slice(2) }
    : { termType: 'NamedNode', value: id };
}

/** A literal in expanded form: the JSON value with its datatype or language. */
export interface LiteralValue {
  /** `@value` as JSON-LD holds it (string, number, boolean; anything for `@json`). */
  readonly value: unknown;
  /** Datatype IRI, or `@json`. */
  readonly type: string | undefined;
  /** Language tag (lower-cased). */
  readonly language: string | undefined;
}

// jsonld.js types.isDouble: a number written with a fraction (by String()) or >= 1e21.
function isDouble(value: unknown): value is number {
  return typeof value === 'number' && (String(value).includes('.') || Math.abs(value) >= 1e21);
}

/** Converts an expanded literal to an RDF literal term exactly as jsonld.js does. */
export function literalTerm({ value, type, language }: LiteralValue): RdfTerm {
  if (type === '@json') return literal(canonicalizeJson(value), RDF_JSON);
  if (typeof value === 'boolean') return literal(String(value), type ?? XSD_BOOLEAN);
  if (isDouble(value) || type === XSD_DOUBLE) {
    const number = typeof value === 'number' ? value : Number.parseFloat(String(value));
    // Canonical xsd:double as jsonld.js writes it: "5.1E0", "1.0E21".
    return literal(number.toExponential(15).replace(/(\d)0*e\+?/, '$1E'), type ?? XSD_DOUBLE);
  }
  if (typeof value === 'number') return literal(value.toFixed(0), type ?? XSD_INTEGER);
  if (language !== undefined) {
    return {
      termType: 'Literal',
      value: String(value),
      datatype: namedNode(RDF_LANGSTRING),
      language,
    };
  }
  return literal(String(value), type ?? XSD_STRING);
}

function literal(value: string, datatype: string): RdfTerm {
  return { termType: 'Literal', value, datatype: namedNode(datatype) };
}

function namedNode(value: string): { termType: 'NamedNode'; value: string } {
  return { termType: 'NamedNode', value };
}

// Explains why a value fails a JSON Schema, as root causes. The ahead-of-time ajv validators decide
// *whether* a value is valid; this walker runs only on invalid values and decides *why*: it follows
// the schema beside the data and, at each oneOf/anyOf, keeps only the alternative the data was
// evidently meant to match, so a wrong field yields one message instead of a wall of branch errors.
// It handles exactly the keywords the 1EdTech schemas use (see scripts/generate.mjs).
import { escapePointerToken, isObject } from '../internal/json.js';
import { fullFormats } from './formats.js';
import type { SchemaIssue } from './types.js';

/** A JSON Schema node (draft 2019-09 subset). */
export type SchemaNode = { [keyword: string]: unknown } | boolean;

const MAX_REF_CHAIN = 64;

/** Explains why `data` fails `node` (resolved against `root`); empty if it does not fail. */
export function explain(
  root: SchemaNode,
  node: SchemaNode,
  data: unknown,
  path = '',
): SchemaIssue[] {
  return walk(root, node, data, path, 0);
}

function walk(
  root: SchemaNode,
  node: SchemaNode,
  data: unknown,
  path: string,
  refs: number,
): SchemaIssue[] {
  if (node === true) return [];
  if (node === false)
    return [{ code: 'SCHEMA_INVALID', path, message: 'no value is allowed here' }];
  const issues: SchemaIssue[] = [];

  if (typeof node.$ref === 'string') {
    if (refs > MAX_REF_CHAIN) return [];
    issues.push(...walk(root, resolveRef(root, node.$ref), data, path, refs + 1));
  }

  if (node.type !== undefined) {
    const types = Array.isArray(node.type) ? (node.type as string[]) : [node.type as string];
    if (!types.some((t) => hasType(data, t))) {
      return [
        ...issues,
        {
          code: 'SCHEMA_TYPE',
          path,
          message: `must be ${types.map(article).join(' or ')} (found ${kindOf(data)})`,
        },
      ];
    }
  }

  issues.push(...scalarIssues(node, data, path));
  if (isObject(data)) issues.push(...walkObject(root, node, data, path, refs));
  if (Array.isArray(data)) issues.push(...walkArray(root, node, data, path, refs));

  if (Array.isArray(node.allOf)) {
    for (const sub of node.allOf as SchemaNode[]) issues.push(...walk(root, sub, data, path, refs));
  }
  if (Array.isArray(node.anyOf))
    issues.push(...alternatives(root, node.anyOf as SchemaNode[], data, path, refs, false));
  if (Array.isArray(node.oneOf))
    issues.push(...alternatives(root, node.oneOf as SchemaNode[], data, path, refs, true));
  return issues;
}

// enum, and for strings pattern and format.
function scalarIssues(
  node: { [keyword: string]: unknown },
  data: unknown,
  path: string,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (Array.isArray(node.enum) && !node.enum.some((v) => jsonEqual(v, data))) {
    issues.push({
      code: 'SCHEMA_ENUM',
      path,
      message: `must be ${oneOfValues(node.enum)} (found ${preview(data)})`,
    });
  }
  if (typeof data !== 'string') return issues;
  if (typeof node.pattern === 'string' && !new RegExp(node.pattern, 'u').test(data)) {
    // OB 3.0 §Extending Enumerated Vocabularies: extension terms start with "ext:".
    const wanted = node.pattern.startsWith('(ext:)')
      ? 'an extension term such as "ext:MyTerm"'
      : `a string matching ${node.pattern}`;
    issues.push({
      code: 'SCHEMA_PATTERN',
      path,
      message: `must be ${wanted} (found ${preview(data)})`,
    });
  }
  if (typeof node.format === 'string' && !checkFormat(node.format, data)) {
    issues.push({ code: 'SCHEMA_FORMAT', path, message: formatMessage(node.format, data) });
  }
  return issues;
}

function walkObject(
  root: SchemaNode,
  node: { [keyword: string]: unknown },
  data: { [key: string]: unknown },
  path: string,
  refs: number,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (Array.isArray(node.required)) {
    for (const name of node.required as string[]) {
      if (!(name in data)) {
        issues.push({
          code: 'SCHEMA_REQUIRED',
          path: child(path, name),
          message: `\`${name}\` is required`,
        });
      }
    }
  }
  const properties = isObject(node.properties)
    ? (node.properties as Record<string, SchemaNode>)
    : {};
  for (const [name, value] of Object.entries(data)) {
    const sub = properties[name];
    if (sub !== undefined) {
      issues.push(...walk(root, sub, value, child(path, name), refs));
    } else if (node.additionalProperties === false) {
      issues.push({
        code: 'SCHEMA_ADDITIONAL_PROPERTY',
        path: child(path, name),
        message: `\`${name}\` is not allowed here`,
      });
    } else if (isObject(node.additionalProperties)) {
      issues.push(
        ...walk(root, node.additionalProperties as SchemaNode, value, child(path, name), refs),
      );
    }
  }
  if (node.propertyNames !== undefined) {
    for (const name of Object.keys(data)) {
      for (const issue of walk(
        root,
        node.propertyNames as SchemaNode,
        name,
        child(path, name),
        refs,
      )) {
        issues.push({
          code: 'SCHEMA_PROPERTY_NAME',
          path: issue.path,
          message: `property name \`${name}\` is not allowed here (${issue.message})`,
        });
      }
    }
  }
  return issues;
}

function walkArray(
  root: SchemaNode,
  node: { [keyword: string]: unknown },
  data: unknown[],
  path: string,
  refs: number,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (typeof node.minItems === 'number' && data.length < node.minItems) {
    issues.push({
      code: 'SCHEMA_MIN_ITEMS',
      path,
      message: `must have at least ${node.minItems} item${node.minItems === 1 ? '' : 's'} (found ${data.length})`,
    });
  }
  if (Array.isArray(node.items)) {
    const tuple = node.items as SchemaNode[];
    data.forEach((item, i) => {
      const sub = i < tuple.length ? tuple[i] : (node.additionalItems as SchemaNode | undefined);
      if (sub !== undefined) issues.push(...walk(root, sub, item, child(path, i), refs));
    });
  } else if (node.items !== undefined) {
    data.forEach((item, i) => {
      issues.push(...walk(root, node.items as SchemaNode, item, child(path, i), refs));
    });
  }
  if (node.contains !== undefined) {
    const contains = node.contains as SchemaNode;
    if (!data.some((item) => walk(root, contains, item, path, refs).length === 0)) {
      const wanted = isObject(contains) && Array.isArray(contains.enum) ? contains.enum : undefined;
      issues.push({
        code: 'SCHEMA_CONTAINS',
        path,
        message: wanted
          ? `must include ${oneOfValues(wanted)}`
          : 'must contain at least one matching item',
      });
    }
  }
  return issues;
}

// oneOf / anyOf: explain each alternative, then keep the one the data was meant to match. An
// alternative whose failure is about the very shape of the value (wrong JSON type, or an object
// whose keys it does not accept at all, like a language map given a Profile) is discarded. Among
// the rest the one with the fewest problems wins. If every alternative is the wrong shape, report
// one problem listing the accepted shapes.
function alternatives(
  root: SchemaNode,
  branches: SchemaNode[],
  data: unknown,
  path: string,
  refs: number,
  exclusive: boolean,
): SchemaIssue[] {
  const results = branches.map((branch) => walk(root, branch, data, path, refs));
  const passing = results.filter((r) => r.length === 0).length;
  if (passing === 1 || (passing > 1 && !exclusive)) return [];
  if (passing > 1) {
    return [
      { code: 'SCHEMA_AMBIGUOUS', path, message: 'matches more than one of the allowed forms' },
    ];
  }
  const plausible = results.filter(
    (issues) => !issues.some((issue) => isShapeMismatch(issue, path)),
  );
  if (plausible.length === 0) {
    const shapes = [...new Set(branches.flatMap((b) => describeShapes(root, b)))];
    return [
      { code: 'SCHEMA_TYPE', path, message: `must be ${joinOr(shapes)} (found ${kindOf(data)})` },
    ];
  }
  // Alternatives that each fail once, on the value itself (an enum or an `ext:` extension term):
  // one message naming every accepted form.
  if (plausible.length > 1 && plausible.every((r) => r.length === 1 && r[0]?.path === path)) {
    const first = plausible[0]?.[0] as SchemaIssue;
    const forms = plausible.map((r) =>
      (r[0] as SchemaIssue).message.replace(/ \(found .*\)$/s, ''),
    );
    return [{ code: first.code, path, message: `${forms.join('; or ')} (found ${kindOf(data)})` }];
  }
  return plausible.reduce((best, issues) => (issues.length < best.length ? issues : best));
}

function isShapeMismatch(issue: SchemaIssue, path: string): boolean {
  if (issue.path === path && issue.code === 'SCHEMA_TYPE') return true;
  return issue.code === 'SCHEMA_PROPERTY_NAME' && parentOf(issue.path) === path;
}

// Human names of the shapes a schema accepts ("a string", "a language map", "an array").
function describeShapes(root: SchemaNode, node: SchemaNode, depth = 0): string[] {
  if (typeof node === 'boolean' || depth > 8) return ['a value'];
  if (typeof node.$ref === 'string')
    return describeShapes(root, resolveRef(root, node.$ref), depth + 1);
  if (node.type === 'object' && node.propertyNames !== undefined) return ['a language map'];
  if (node.type !== undefined) {
    return (Array.isArray(node.type) ? (node.type as string[]) : [node.type as string]).map(
      article,
    );
  }
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    if (Array.isArray(node[key])) {
      const all = (node[key] as SchemaNode[]).flatMap((b) => describeShapes(root, b, depth + 1));
      return key === 'allOf' ? all.slice(0, 1) : all;
    }
  }
  return ['a value'];
}

function resolveRef(root: SchemaNode, ref: string): SchemaNode {
  const hash = ref.indexOf('#');
  const fragment = hash >= 0 ? ref.slice(hash + 1) : '';
  let node: unknown = root;
  for (const raw of fragment.split('/').slice(1)) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[token] : undefined;
  }
  return node === undefined ? true : (node as SchemaNode);
}

function hasType(data: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(data);
    case 'array':
      return Array.isArray(data);
    case 'string':
      return typeof data === 'string';
    case 'boolean':
      return typeof data === 'boolean';
    case 'null':
      return data === null;
    case 'integer':
      return Number.isInteger(data);
    case 'number':
      return typeof data === 'number' && Number.isFinite(data);
    default:
      return true;
  }
}

function checkFormat(format: string, value: string): boolean {
  const check = fullFormats[format];
  return check === undefined ? true : check.validate(value);
}

function formatMessage(format: string, value: string): string {
  const examples: Record<string, string> = {
    'date-time': 'a date-time with a time zone, such as 2024-05-01T12:00:00Z',
    date: 'a date such as 2024-05-01',
    uri: 'an absolute URI',
  };
  return `must be ${examples[format] ?? `a valid ${format}`} (found ${preview(value)})`;
}

function kindOf(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'an array';
  if (typeof data === 'object') return 'an object';
  if (typeof data === 'string') return `the string ${preview(data)}`;
  if (typeof data === 'number') return Number.isInteger(data) ? 'an integer' : 'a number';
  return `a ${typeof data}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function joinOr(items: string[]): string {
  if (items.length <= 1) return items[0] ?? 'a value';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function oneOfValues(values: unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  return shown.length === 1 ? (shown[0] as string) : `one of ${shown.join(', ')}`;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function child(path: string, token: string | number): string {
  return `${path}/${escapePointerToken(token)}`;
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

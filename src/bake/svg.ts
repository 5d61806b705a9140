// SVG baking (OB 3.0 §Baked Badge / SVG; OB 2.0 Baking): an <openbadges:credential> element right
// after the <svg> start tag, with the JSON credential in CDATA or the VC-JWT in a `verify`
// attribute (OB 2.0: <openbadges:assertion verify="…">). No XML parser and no entity expansion: a
// document with a DOCTYPE is refused, only the five predefined entities and character references
// are decoded, and nothing is ever fetched.
import { InvalidImageError } from '../errors/index.js';

/** Namespace of OB 3.0 baked credentials. */
export const OB3_SVG_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';
/** Namespace of CLR 2.0 baked credentials. */
export const CLR_SVG_NAMESPACE = 'https://purl.imsglobal.org/clr/v2p0';
/** Namespace of OB 2.0 baked assertions. */
export const OB2_SVG_NAMESPACE = 'http://openbadges.org';

const MAX_SVG_CHARS = 32 * 1024 * 1024;

/** What an SVG carries. */
export interface SvgPayload {
  /** `credential` (OB 3.0 / CLR 2.0) or `assertion` (OB 2.0). */
  element: 'credential' | 'assertion';
  /** The `verify` attribute (a VC-JWT, or an OB 2.0 assertion URL / JWS), if present. */
  verify?: string;
  /** The element's text content (CDATA or escaped text), trimmed. */
  text: string;
}

/** Whether text looks like an SVG document: markup with an `<svg>` element near the start. */
export function isSvg(text: string): boolean {
  const head = text.slice(0, 65_536).replace(/^\uFEFF/, '');
  return /^\s*</.test(head) && /<svg(?=[\s>/])/.test(head);
}

function checkDocument(svg: string): { start: number; end: number } {
  if (svg.length > MAX_SVG_CHARS) {
    throw new InvalidImageError('too-large', `The SVG exceeds ${MAX_SVG_CHARS} characters`);
  }
  // A plain DOCTYPE (`<!DOCTYPE svg PUBLIC "…" "…">`, as editors write) declares nothing and is
  // skipped; an internal subset (`[ … ]`, where entities are declared) or any ENTITY is refused.
  if (/<!ENTITY/i.test(svg) || hasInternalSubset(svg)) {
    throw new InvalidImageError(
      'doctype',
      'The SVG has a DOCTYPE with an internal subset or an entity declaration; lerkit does not process them (no entity expansion, no external fetch)',
    );
  }
  const open = /<svg(?=[\s>/])/.exec(svg);
  if (!open) throw new InvalidImageError('not-an-image', 'Not an SVG (no <svg> element)');
  const end = tagEnd(svg, open.index);
  if (end < 0) throw new InvalidImageError('malformed-svg', 'The <svg> start tag is not closed');
  return { start: open.index, end };
}

// Index just after the `>` closing the tag starting at `from`, honouring quoted attributes.
function tagEnd(text: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return -1;
}

/** A baked element's position in the document. */
interface BakedElement {
  element: 'credential' | 'assertion';
  /** Index of `<`. */
  start: number;
  /** Index just after the start tag. */
  startEnd: number;
  /** Index of the end tag's `<` (= startEnd for an empty-element tag). */
  contentEnd: number;
  /** Index just after the element. */
  end: number;
}

const ELEMENT_AT = /^<openbadges:(credential|assertion)(?=[\s>/])/;

/**
 * Every baked element, in one pass over the markup: comments, CDATA sections and processing
 * instructions are skipped, so text inside them (even `<openbadges:credential>`) is never taken
 * for markup.
 */
function bakedElements(svg: string, from: number): BakedElement[] {
  const found: BakedElement[] = [];
  let i = from;
  while (i < svg.length) {
    const lt = svg.indexOf('<', i);
    if (lt < 0) break;
    const skipped = skipSpecial(svg, lt);
    if (skipped !== lt) {
      i = skipped;
      continue;
    }
    const match = ELEMENT_AT.exec(svg.slice(lt, lt + 32));
    if (!match) {
      i = lt + 1;
      continue;
    }
    const element = match[1] as 'credential' | 'assertion';
    const startEnd = tagEnd(svg, lt);
    if (startEnd < 0) {
      throw new InvalidImageError('malformed-svg', `The <openbadges:${element}> tag is not closed`);
    }
    let contentEnd = startEnd;
    let end = startEnd;
    if (!svg.slice(lt, startEnd).endsWith('/>')) {
      const closeTag = `</openbadges:${element}>`;
      let j = startEnd;
      for (;;) {
        const next = svg.indexOf('<', j);
        if (next < 0) {
          throw new InvalidImageError('malformed-svg', `<openbadges:${element}> has no end tag`);
        }
        const after = skipSpecial(svg, next);
        if (after !== next) {
          j = after;
          continue;
        }
        if (svg.startsWith(closeTag, next)) {
          contentEnd = next;
          end = next + closeTag.length;
          break;
        }
        throw new InvalidImageError('malformed-svg', 'Markup inside the baked element');
      }
    }
    found.push({ element, start: lt, startEnd, contentEnd, end });
    i = end;
  }
  return found;
}

// Index after a comment, CDATA section or processing instruction starting at `at`; `at` otherwise.
function skipSpecial(svg: string, at: number): number {
  for (const [open, close] of [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
  ] as const) {
    if (svg.startsWith(open, at)) {
      const end = svg.indexOf(close, at + open.length);
      if (end < 0) {
        throw new InvalidImageError('malformed-svg', `An unterminated ${open} section`);
      }
      return end + close.length;
    }
  }
  return at;
}

/**
 * Finds the baked element, or `undefined`. Two or more are refused (`multiple-credentials`): a
 * verifier and a display could each read a different one.
 */
export function readSvg(svg: string): SvgPayload | undefined {
  const { end } = checkDocument(svg);
  const all = bakedElements(svg, end);
  if (all.length > 1) {
    throw new InvalidImageError(
      'multiple-credentials',
      `The SVG carries ${all.length} baked elements (${all.map((e) => `<openbadges:${e.element}>`).join(', ')}); a baked image must carry exactly one`,
    );
  }
  const [found] = all;
  if (!found) return undefined;
  const startTag = svg.slice(found.start, found.startEnd);
  const verify = attribute(startTag, 'verify');
  const payload: SvgPayload = { element: found.element, text: '' };
  if (verify !== undefined) payload.verify = verify;
  payload.text = textContent(svg.slice(found.startEnd, found.contentEnd)).trim();
  return payload;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[2] ?? match[3] ?? '');
}

// Character data of an element: CDATA sections verbatim, other text with entities decoded;
// comments dropped; nested markup refused.
function textContent(inner: string): string {
  let out = '';
  let i = 0;
  while (i < inner.length) {
    if (inner.startsWith('<![CDATA[', i)) {
      const end = inner.indexOf(']]>', i + 9);
      if (end < 0) throw new InvalidImageError('malformed-svg', 'An unterminated CDATA section');
      out += inner.slice(i + 9, end);
      i = end + 3;
    } else if (inner.startsWith('<!--', i)) {
      const end = inner.indexOf('-->', i + 4);
      if (end < 0) throw new InvalidImageError('malformed-svg', 'An unterminated comment');
      i = end + 3;
    } else if (inner[i] === '<') {
      throw new InvalidImageError('malformed-svg', 'Markup inside the baked element');
    } else {
      const next = inner.indexOf('<', i);
      const stop = next < 0 ? inner.length : next;
      out += decodeEntities(inner.slice(i, stop));
      i = stop;
    }
  }
  return out;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) {
        throw new InvalidImageError('bad-text', `Invalid character reference ${whole}`);
      }
      return String.fromCodePoint(code);
    }
    const value = NAMED[name];
    if (value === undefined) {
      throw new InvalidImageError(
        'bad-text',
        `Undefined entity ${whole} (only the XML predefined ones are allowed)`,
      );
    }
    return value;
  });
}

/** What to bake into an SVG. */
export interface SvgBake {
  /** Namespace bound to the `openbadges` prefix. */
  namespace: string;
  /** `credential` (OB 3.0, CLR 2.0) or `assertion` (OB 2.0). */
  element: 'credential' | 'assertion';
  /** A compact JWS (or an OB 2.0 hosted assertion's URL), baked in the `verify` attribute. */
  verify?: string;
  /** A JSON credential, baked in CDATA (with `verify` too for a hosted OB 2.0 assertion). */
  json?: string;
}

/**
 * Bakes into an SVG: removes any baked element (there must be only one), binds the `openbadges`
 * prefix on the root element, and inserts the new element right after the `<svg>` start tag.
 */
export function writeSvg(svg: string, bake: SvgBake): string {
  const { start, end } = checkDocument(svg);
  // Remove existing baked elements (and the whitespace before each), in one pass.
  const rest = svg.slice(end);
  let body = '';
  let copied = 0;
  for (const element of bakedElements(rest, 0)) {
    let from = element.start;
    while (from > copied && /\s/.test(rest[from - 1] as string)) from--;
    body += rest.slice(copied, from);
    copied = element.end;
  }
  body += rest.slice(copied);
  let startTag = svg.slice(start, end);
  const binding = /\sxmlns:openbadges\s*=\s*("[^"]*"|'[^']*')/.exec(startTag);
  if (binding) {
    startTag = `${startTag.slice(0, binding.index)} xmlns:openbadges="${bake.namespace}"${startTag.slice(binding.index + binding[0].length)}`;
  } else {
    const close = startTag.endsWith('/>') ? startTag.length - 2 : startTag.length - 1;
    startTag = `${startTag.slice(0, close)} xmlns:openbadges="${bake.namespace}"${startTag.slice(close)}`;
  }
  if (startTag.endsWith('/>')) {
    // <svg/> has no content: open it.
    startTag = `${startTag.slice(0, -2)}>`;
    body = `</svg>${body}`;
  }
  const tag = `openbadges:${bake.element}`;
  const verify = bake.verify === undefined ? '' : ` verify="${escapeAttribute(bake.verify)}"`;
  const content =
    bake.json === undefined
      ? ''
      : `<![CDATA[${xmlSafeJson(bake.json).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
  const element = `<${tag}${verify}>${content}</${tag}>`;
  return `${svg.slice(0, start)}${startTag}\n  ${element}${body}`;
}

// XML 1.0 forbids U+FFFE and U+FFFF, which JSON.stringify leaves raw: write them as JSON escapes
// (the same string once parsed).
function xmlSafeJson(json: string): string {
  return json.replace(/\uFFFE/g, '\\ufffe').replace(/\uFFFF/g, '\\uffff');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

// `<!DOCTYPE name [PUBLIC|SYSTEM "…" ["…"]] [ '[' internal subset ']' ] >`: true when a `[`
// appears in a DOCTYPE outside its quoted identifiers (or the DOCTYPE never closes).
function hasInternalSubset(svg: string): boolean {
  const doctype = /<!DOCTYPE/gi;
  for (let match = doctype.exec(svg); match; match = doctype.exec(svg)) {
    let quote = '';
    for (let i = match.index + 9; i < svg.length; i++) {
      const c = svg[i] as string;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '[') return true;
      else if (c === '>') break;
      if (i === svg.length - 1) return true;
    }
  }
  return false;
}

// Small, independent helpers for reading SVG markup in the baking tests.

/** A badge-like SVG, as a drawing tool would write it. */
export const BADGE_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <title>Teamwork &amp; collaboration</title>
  <circle cx="256" cy="256" r="200" fill="#c33"/>
  <!-- rest-of-image -->
</svg>
`;

/** Where the `<svg>` start tag is: its text and the index just after it. */
export function svgStartTag(svg: string): { tag: string; start: number; end: number } {
  const start = svg.search(/<svg[\s>/]/);
  if (start < 0) throw new Error('no <svg> start tag');
  let quote = '';
  for (let i = start; i < svg.length; i++) {
    const c = svg[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return { tag: svg.slice(start, i + 1), start, end: i + 1 };
  }
  throw new Error('unclosed <svg> start tag');
}

/**
 * The document without its CDATA sections (where a baked JSON credential's text goes), and
 * without its comments unless `keepComments`. Scans in document order, so a `<![CDATA[` inside a
 * comment or a `<!--` inside CDATA is just text.
 */
export function outsideCdata(svg: string, keepComments = true): string {
  let out = '';
  let i = 0;
  for (;;) {
    const cdata = svg.indexOf('<![CDATA[', i);
    const comment = svg.indexOf('<!--', i);
    if (cdata < 0 && comment < 0) return out + svg.slice(i);
    if (comment < 0 || (cdata >= 0 && cdata < comment)) {
      out += svg.slice(i, cdata);
      const end = svg.indexOf(']]>', cdata + 9);
      if (end < 0) return out;
      i = end + 3;
    } else {
      const end = svg.indexOf('-->', comment + 4);
      const stop = end < 0 ? svg.length : end + 3;
      out += svg.slice(i, keepComments ? stop : comment);
      i = stop;
    }
  }
}

/** How many `<openbadges:…>` elements the markup has (outside CDATA and comments). */
export function bakedElementCount(svg: string): number {
  return outsideCdata(svg, false).match(/<openbadges:(credential|assertion)[\s/>]/g)?.length ?? 0;
}

/** Every `xmlns:openbadges` binding on the `<svg>` start tag. */
export function namespaceBindings(svg: string): string[] {
  const { tag } = svgStartTag(svg);
  return [...tag.matchAll(/\sxmlns:openbadges\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

/**
 * The baked element right after the `<svg>` start tag (only whitespace between): its name, its
 * `verify` attribute and its content, the CDATA sections joined; `undefined` if there is none.
 */
export function elementAfterStartTag(
  svg: string,
): { element: string; verify?: string; body: string; cdata?: string } | undefined {
  const { end } = svgStartTag(svg);
  const match =
    /^\s*<openbadges:(credential|assertion)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/>|>)/.exec(
      svg.slice(end),
    );
  if (!match) return undefined;
  const element = match[1]!;
  const verify = /\sverify\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(match[2] ?? '');
  const result: { element: string; verify?: string; body: string; cdata?: string } = {
    element,
    body: '',
  };
  if (verify) result.verify = unescapeXml(verify[1] ?? verify[2] ?? '');
  if (match[3] === '/>') return result;
  const bodyStart = end + match[0].length;
  // The body ends at the end tag that is not inside a CDATA section.
  let i = bodyStart;
  for (;;) {
    const cdata = svg.indexOf('<![CDATA[', i);
    const close = svg.indexOf(`</openbadges:${element}>`, i);
    if (close < 0) throw new Error('no end tag');
    if (cdata >= 0 && cdata < close) {
      const cdataEnd = svg.indexOf(']]>', cdata + 9);
      if (cdataEnd < 0) throw new Error('unterminated CDATA');
      i = cdataEnd + 3;
      continue;
    }
    result.body = svg.slice(bodyStart, close);
    break;
  }
  const sections = [...result.body.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]);
  if (sections.length > 0) result.cdata = sections.join('');
  return result;
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Characters XML 1.0 does not allow anywhere in a document (§2.2 Char), as a pattern. */
export const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

// A small glob matcher (Node 20 has no fs.glob): `*` and `?` within a path segment, `**` across
// any number of segments. Enough for `creds/**/*.json`; no braces or character classes.

/** Whether a path operand is a glob. */
export function isGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** Splits a glob into the directory to walk (no wildcards) and the pattern below it. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.replaceAll('\\', '/').split('/');
  const first = segments.findIndex((segment) => isGlob(segment));
  const baseSegments = segments.slice(0, first);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  return { base, rest: segments.slice(first).join('/') };
}

/** Compiles the part of a glob below its base into a regex over `/`-separated relative paths. */
export function globToRegExp(rest: string): RegExp {
  const segments = rest.split('/').filter((segment) => segment !== '');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    source += segment
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]');
    if (!last) source += '/';
  });
  return new RegExp(`^${source}$`);
}

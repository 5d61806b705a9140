// Lists the functions of src/ longer than a limit (default 60 lines), longest first, and the files
// longer than 800 lines: `node scripts/function-sizes.mjs [limit]`. Exits 1 when any is found
// (outside the exceptions listed below, each with its reason).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const limit = Number(process.argv[2] ?? 60);
const FILE_LIMIT = 800;

/** Generated or tabular code whose length is data, not logic. */
export const EXCEPTIONS = new Map([
  ['src/context/bundled-contexts.ts', 'generated: the bundled contexts, byte for byte'],
]);

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'generated'
        ? []
        : files(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** [{ file, name, lines }] of functions over the limit, and [{ file, lines }] of long files. */
export function measure(srcDir = join(root, 'src')) {
  const long = [];
  const big = [];
  for (const file of files(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const rel = relative(root, file).replaceAll('\\', '/');
    if (EXCEPTIONS.has(rel)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const lineOf = (pos) => source.getLineAndCharacterOfPosition(pos).line;
    const total = lineOf(text.length) + 1;
    if (total > FILE_LIMIT) big.push({ file: rel, lines: total });
    const visit = (node) => {
      if (ts.isFunctionLike(node) && node.body) {
        const lines = lineOf(node.body.getEnd()) - lineOf(node.getStart(source)) + 1;
        if (lines > limit) {
          const name =
            node.name?.getText(source) ??
            (ts.isVariableDeclaration(node.parent)
              ? node.parent.name.getText(source)
              : '(anonymous)');
          long.push({ file: rel, name, lines });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { long: long.sort((a, b) => b.lines - a.lines), big };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { long, big } = measure();
  for (const f of big) console.log(`${f.file}: ${f.lines} lines (file limit ${FILE_LIMIT})`);
  for (const f of long) console.log(`${f.file}: ${f.name} ${f.lines} lines`);
  if (long.length === 0 && big.length === 0)
    console.log(`No function over ${limit} lines, no file over ${FILE_LIMIT}.`);
  process.exit(long.length + big.length > 0 ? 1 : 0);
}

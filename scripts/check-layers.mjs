// Checks the architecture of src/: imports only point down the layers (see the style guide),
// there are no import cycles (type-only imports within an area excepted), and `node:` built-ins
// appear only in the CLI and the Node-only adapters of src/node (the core stays runtime-agnostic).
// Exits 1 listing every violation. `checkLayers` is exported for the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Layer of each top-level area of src/; an area may import only lower layers (and itself). */
export const LAYERS = {
  errors: 0,
  internal: 0,
  types: 0,
  model: 1,
  limits: 1,
  report: 2,
  context: 2,
  jsonld: 3,
  schema: 3,
  builders: 3,
  parse: 3,
  // Quality profiles: below validate and verify, which apply them (they need only layers 0-2).
  profile: 3,
  bake: 4,
  validate: 4,
  proof: 4,
  status: 5,
  ob2: 6,
  verify: 7,
  index: 8,
  node: 8,
  cli: 9,
};

/** Areas that may import `node:` built-ins: the CLI and the Node-only adapters. */
export const NODE_AREAS = ['cli', 'node'];

const IMPORT =
  /(?:^|[^.\w])(?:import|export)\s*(type\s+)?(?:[\w*{}\s,$]+from\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function areaOf(file) {
  const [first] = file.split('/');
  return first.endsWith('.ts') ? first.replace(/\.ts$/, '') : first;
}

/**
 * @param {Map<string, string>} sources - file path relative to src/ (posix) -> source text
 * @returns {string[]} violations
 */
export function checkLayers(sources) {
  const violations = [];
  const graph = new Map();
  for (const [file, text] of sources) {
    const area = areaOf(file);
    if (!(area in LAYERS))
      violations.push(`${file}: area "${area}" has no layer (add it to LAYERS)`);
    const edges = [];
    for (const match of text.matchAll(IMPORT)) {
      const typeOnly = match[1] !== undefined;
      const spec = match[2] ?? match[3];
      if (spec.startsWith('node:')) {
        if (!NODE_AREAS.includes(area))
          violations.push(
            `${file}: imports ${spec}; only the CLI and the Node adapters (src/node) may use Node built-ins`,
          );
        continue;
      }
      let target;
      if (spec === 'lerkit' || spec.startsWith('lerkit/')) {
        target = spec === 'lerkit' ? 'index.ts' : `${spec.slice('lerkit/'.length)}/index.ts`;
      } else if (spec.startsWith('.')) {
        target = join(dirname(file), spec).replace(/\\/g, '/').replace(/\.js$/, '.ts');
      } else {
        continue; // a dependency
      }
      const targetArea = areaOf(target);
      // Type-only imports within one area may be mutual (classes of a data model refer to each
      // other); they vanish at run time, so only value imports count towards cycles.
      if (!(typeOnly && targetArea === area)) edges.push(target);
      if (targetArea !== area && !(LAYERS[targetArea] < LAYERS[area])) {
        violations.push(
          `${file}: imports ${target}, but ${area} (layer ${LAYERS[area]}) may not depend on ${targetArea} (layer ${LAYERS[targetArea]})`,
        );
      }
    }
    graph.set(file, edges);
  }
  // Cycle detection (depth-first, three colours).
  const state = new Map();
  const stack = [];
  const visit = (file) => {
    state.set(file, 'active');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'active') {
        violations.push(
          `import cycle: ${[...stack.slice(stack.indexOf(next)), next].join(' -> ')}`,
        );
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return violations;
}

function collect(dir, root, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') collect(path, root, out);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      out.set(relative(root, path).replace(/\\/g, '/'), readFileSync(path, 'utf8'));
    }
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const src = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
  const sources = collect(src, src, new Map());
  const violations = checkLayers(sources);
  if (violations.length > 0) {
    console.error(`Layer check failed (${violations.length}):\n  ${violations.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Layer check passed: ${sources.size} modules, imports point down, no cycles.`);
}

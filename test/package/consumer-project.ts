// Files of the consumer project the packed-package test installs the tarball into: the README's
// quick start in every form a user may write it (ESM, CommonJS, TypeScript under node16 and bundler
// resolution), the tsconfig files, and the docs examples.
import { spawnSync } from 'node:child_process';

/** The README's quick start, split into its `import … from 'lerkit'` and the code after it. */
export interface QuickStart {
  names: string[];
  body: string;
}

/** The first ```ts block of the README's "Use it" section. */
export function readmeQuickStart(readme: string): QuickStart {
  const section = readme.slice(readme.indexOf('\n## Use it'));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README: no ```ts block under "## Use it"');
  const imports = /^import \{([^}]*)\} from 'lerkit';\n/.exec(block);
  if (!imports) throw new Error("README quick start: expected one `import { … } from 'lerkit'`");
  const names = (imports[1] as string)
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return { names, body: block.slice(imports[0].length) };
}

// What each variant prints: the outcome of the README's own variables.
const REPORT =
  "console.log(JSON.stringify({ valid, errors: findings.filter((f) => f.severity === 'error').length, verified: report.verified, status: report.status }));";

/** Relative path -> content: the quick start as .mjs, .cjs, .mts, .cts and bundler .ts. */
export function quickStartFiles({ names, body }: QuickStart): Record<string, string> {
  const esmImport = `import { ${names.join(', ')} } from 'lerkit';\n`;
  const inMain = (head: string) =>
    `${head}\nasync function main() {\n${body}\n${REPORT}\n}\n\nmain().catch((error) => {\n  console.error(error);\n  throw error;\n});\n`;
  const compilerOptions = {
    target: 'es2022',
    lib: ['es2022', 'dom'],
    // No @types/node: the shipped types must not need Node's (browser users have none).
    types: [],
    strict: true,
    skipLibCheck: false,
  };
  return {
    'quick-start.mjs': `${esmImport}${body}\n${REPORT}\n`,
    'quick-start.cjs': inMain(`const { ${names.join(', ')} } = require('lerkit');`),
    'ts-node16/quick-start.mts': `${esmImport}${body}\n${REPORT}\n`,
    'ts-node16/quick-start.cts': inMain(esmImport),
    'ts-bundler/quick-start.ts': `${esmImport}${body}\n${REPORT}\n`,
    'tsconfig.node16.json': JSON.stringify({
      compilerOptions: {
        ...compilerOptions,
        module: 'node16',
        moduleResolution: 'node16',
        rootDir: 'ts-node16',
        outDir: 'out-node16',
      },
      include: ['ts-node16'],
    }),
    'tsconfig.bundler.json': JSON.stringify({
      compilerOptions: {
        ...compilerOptions,
        module: 'preserve',
        moduleResolution: 'bundler',
        rootDir: 'ts-bundler',
        outDir: 'out-bundler',
      },
      include: ['ts-bundler'],
    }),
  };
}

/**
 * tsconfig for the docs examples: node16 ESM, emitted to `examples-out/`. They use `process`, so
 * they need Node's types: the temporary project has only lerkit installed (offline, the npm cache
 * has no @types/node metadata), so `typeRoots` points at the repository's @types for that one
 * package. lerkit and its dependencies still resolve from the project's own node_modules.
 */
export function examplesTsconfig(repoTypes: string): string {
  return JSON.stringify({
    compilerOptions: {
      target: 'es2022',
      lib: ['es2022', 'dom'],
      module: 'node16',
      moduleResolution: 'node16',
      typeRoots: [repoTypes],
      types: ['node'],
      strict: true,
      skipLibCheck: false,
      rootDir: 'examples',
      outDir: 'examples-out',
    },
    include: ['examples'],
  });
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], cwd: string): Run {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// SARIF 2.1.0: one result per failing or warning check, ruleId = its code.
import { pathToFileURL } from 'node:url';
import { CODES, type Code } from 'lerkit';
import type { FindingEntry, Run } from './model.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function formatSarif(run: Run, version: string): string {
  const results = run.results.flatMap(({ file, findings }) =>
    findings
      // A consequence folded under its root cause is still a place to fix.
      .flatMap((found) => [found, ...(found.related ?? []).map((r) => ({ ...found, ...r }))])
      .filter((f) => f.severity !== 'info')
      .map((found) => resultOf(file, found)),
  );
  const ruleIds = [...new Set(results.map((r) => r.ruleId))].sort();
  const document = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lerkit',
            version,
            informationUri: 'https://www.npmjs.com/package/lerkit',
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: CODES[id as Code]?.meaning ?? id },
              help: { text: CODES[id as Code]?.action ?? '' },
            })),
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function resultOf(file: string, found: FindingEntry) {
  const pointer = found.path;
  const where = pointer ? ` (at ${pointer})` : '';
  return {
    ruleId: found.code,
    level: found.nested ? 'note' : found.severity === 'error' ? 'error' : 'warning',
    message: { text: `${found.name}: ${found.message}${where}. ${found.hint}` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: uriOf(file) } },
        logicalLocations: [{ fullyQualifiedName: pointer || '/', kind: 'object' }],
      },
    ],
  };
}

// A relative path stays a relative URI reference (portable across checkouts).
function uriOf(file: string): string {
  const posix = file.replaceAll('\\', '/');
  if (posix.startsWith('/')) return pathToFileURL(file).href;
  return posix.split('/').map(encodeURIComponent).join('/');
}

// SARIF 2.1.0: one result per failing or warning check, ruleId = its code.
import { pathToFileURL } from 'node:url';
import type { Entry, Run } from './model.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function formatSarif(run: Run, version: string): string {
  const results = run.results.flatMap(({ file, entries }) =>
    entries.filter(reported).map((entry) => resultOf(file, entry)),
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
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: id } })),
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function reported(entry: Entry): boolean {
  return entry.outcome === 'fail' || entry.outcome === 'warn' || entry.outcome === 'indeterminate';
}

function resultOf(file: string, entry: Entry) {
  const pointer = entry.path ?? '';
  const where = pointer ? ` (at ${pointer})` : '';
  return {
    ruleId: entry.code ?? entry.name,
    level: entry.nested ? 'note' : entry.outcome === 'fail' ? 'error' : 'warning',
    message: { text: `${entry.name}: ${entry.message}${where}` },
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

#!/usr/bin/env node
// The `lerkit` command: a thin Node wrapper over the public API. See USAGE in args.ts.
import { nodeIo } from './io.js';
import { run } from './run.js';

run(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});

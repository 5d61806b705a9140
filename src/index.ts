/**
 * lerkit: Open Badges 3.0 and Comprehensive Learner Record 2.0 credentials in TypeScript.
 *
 * Everything is also available from a subpath per area: `lerkit/bake`, `lerkit/builders`,
 * `lerkit/context`, `lerkit/schema`, `lerkit/parse`, `lerkit/ob2`, `lerkit/status`,
 * `lerkit/validate`, `lerkit/proof`, `lerkit/verify`, `lerkit/report`, `lerkit/errors`,
 * `lerkit/node` (Node only). Quality profiles (`compileProfile`, `getBuiltinProfile`,
 * `PROFILE_SCHEMA`) are exported from the root.
 *
 * @module lerkit
 */
export * from './bake/index.js';
export * from './builders/index.js';
export * from './context/index.js';
export * from './errors/index.js';
export * from './limits/index.js';
export * from './model/index.js';
export * from './ob2/index.js';
export * from './parse/index.js';
export * from './profile/index.js';
export * from './proof/index.js';
export * from './report/index.js';
export * from './schema/index.js';
export * from './status/index.js';
export * from './validate/index.js';
export * from './verify/index.js';

/**
 * Limits on sizes, depths and counts a credential can make lerkit process (hostile-input guard).
 *
 * @module limits
 */
export type { Limits } from './limits.js';
export { DEFAULT_LIMITS, resolveLimits } from './limits.js';

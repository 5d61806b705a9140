/**
 * Typed builders that produce spec-exact Open Badges 3.0 JSON.
 *
 * @module build
 */
export type { AchievementInput } from './create-achievement.js';
export { createAchievement } from './create-achievement.js';
export type { OpenBadgeCredentialInput } from './create-open-badge-credential.js';
export { createOpenBadgeCredential } from './create-open-badge-credential.js';
export type { ProfileInput } from './create-profile.js';
export { createProfile } from './create-profile.js';
export type { BuildOptions, DateInput } from './options.js';

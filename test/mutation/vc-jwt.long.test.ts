// Long run of the mutation suite for vc-jwt (see long.ts and suite.ts).
import { defineLongRun } from './long.js';

defineLongRun('vc-jwt', 7519_000);

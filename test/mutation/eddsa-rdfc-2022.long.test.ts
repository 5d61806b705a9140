// Long run of the mutation suite for eddsa-rdfc-2022 (see long.ts and suite.ts).
import { defineLongRun } from './long.js';

defineLongRun('eddsa-rdfc-2022', 20220_000);

// Long run of the mutation suite for eddsa-jcs-2022 (see long.ts and suite.ts).
import { defineLongRun } from './long.js';

defineLongRun('eddsa-jcs-2022', 20221_000);

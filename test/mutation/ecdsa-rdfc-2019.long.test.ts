// Long run of the mutation suite for ecdsa-rdfc-2019 (see long.ts and suite.ts).
import { defineLongRun } from './long.js';

defineLongRun('ecdsa-rdfc-2019', 20190_000);

// Long run of the mutation suite for Ed25519Signature2020 (see long.ts and suite.ts).
import { defineLongRun } from './long.js';

defineLongRun('Ed25519Signature2020', 20200_000);

// Types of entry-points.mjs, for tsup.config.ts.
export interface EntryPoint {
  /** The `exports` key: `.` or `./area`. */
  subpath: string;
  /** The output name without extension: `index` or `area/index`. */
  name: string;
  /** The source file: `src/index.ts` or `src/area/index.ts`. */
  source: string;
}

export declare function readEntryPoints(packageJson?: URL | string): EntryPoint[];

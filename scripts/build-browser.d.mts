// Types of build-browser.mjs, for the browser tests (test/browser/).
import type { BuildResult } from 'esbuild';

/** Size of a set of output files, minified and gzipped, in bytes. */
export interface BundleSize {
  min: number;
  gzip: number;
}

export declare const NODE_ONLY_ENTRIES: string[];
export declare const NODE_GLOBALS: string[];
export declare function browserEntries(from?: 'src' | 'dist'): Record<string, string>;
export declare function browserMapPlugin(): import('esbuild').Plugin;
export declare function checkBrowserBuild(entryPoints?: Record<string, string>): Promise<string[]>;
export declare function buildBrowser(options?: {
  outdir?: string;
  entryPoints?: Record<string, string>;
  minify?: boolean;
}): Promise<BuildResult>;
export declare function bundleSizes(
  from?: 'src' | 'dist',
): Promise<
  Record<'verify' | 'validate' | 'proof' | 'lerkit', { eager: BundleSize; total: BundleSize }>
>;

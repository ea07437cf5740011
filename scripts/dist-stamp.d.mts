/** Types of scripts/dist-stamp.mjs, for test/global-setup.ts. */
export interface DistStamp {
  schema: number;
  /** `path -> sha256` of src/** and the other files the bundles are built from. */
  inputs: Record<string, string>;
  /** `path -> sha256` of dist/cli.js and dist/index.js. */
  bundles: Record<string, string>;
}
export declare const STAMP_FILE: string;
export declare const BUNDLES: string[];
export declare function currentStamp(root: string): DistStamp;
export declare function readStamp(root: string): DistStamp | undefined;
export declare function writeStamp(root: string, stamp: DistStamp): void;
export declare function changedPaths(
  before?: Record<string, string>,
  after?: Record<string, string>,
): string[];

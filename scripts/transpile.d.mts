/** Types of scripts/transpile.mjs, for the tests that use it. */
export declare const repoRoot: string;
export declare function writeTranspiled(
  entries: string[],
  outDir: string,
  options?: { repo?: string },
): Promise<void>;
export declare function transpile(
  entries: string[],
  outDir: string,
  options?: { repo?: string },
): Promise<unknown[]>;

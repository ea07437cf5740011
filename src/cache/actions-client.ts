import * as cache from '@actions/cache';
import { withFixedCompression } from './actions-compression.js';

/**
 * The client's calls as pipekit makes them: one path (the stage, the same string on every
 * runner), gzip whatever the runner has (actions-compression.ts), and enableCrossOsArchive,
 * so that Windows runners compute the same version (the client adds a Windows-only salt
 * otherwise).
 */
export const client = {
  save: (rel: string, key: string) =>
    withFixedCompression(() => cache.saveCache([rel], key, undefined, true)),
  restore: (rel: string, key: string, restoreKeys?: string[]) =>
    withFixedCompression(() => cache.restoreCache([rel], key, restoreKeys, undefined, true)),
  lookup: (rel: string, key: string) =>
    withFixedCompression(() => cache.restoreCache([rel], key, [], { lookupOnly: true }, true)),
};

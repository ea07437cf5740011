import type { ContentDigest, StepKey } from '../../src/records/brands.js';

/** A literal standing in for a content digest, for tests that build records by hand. */
export const asDigest = (text: string): ContentDigest => text as ContentDigest;

/** A literal standing in for a step key, for tests that build records by hand. */
export const asKey = (text: string): StepKey => text as StepKey;

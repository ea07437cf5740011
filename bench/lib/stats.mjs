// Timing loops and the figures reported from them.

/**
 * Runs `measure(item, round)` for every item, round after round, so that drift on a noisy VM
 * hits every item alike. Rounds below 0 are the warm-up: the caller keeps no sample of them.
 */
export async function rounds({ runs, warmup = 0 }, items, measure) {
  for (let round = -warmup; round < runs; round++) {
    for (const item of items) await measure(item, round);
  }
}

/** The median; for an even count, the mean of the two middle values. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * The high median: for an even count, the upper of the two middle values, so the figure is
 * always one that was measured (bench/plan.mjs reports it this way).
 */
export function highMedian(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** Median, min and max of the samples; undefined when there is none. */
export function summary(xs) {
  return xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) } : undefined;
}

/** `12.3 ms`, `1.23 s`, `12.3 s`; `–` for no value. */
export function formatMs(ms) {
  if (ms === undefined) return '–';
  if (ms >= 10000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${ms.toFixed(1)} ms`;
}

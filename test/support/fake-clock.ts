/** The clock the Actions store waits with: `now` in ms, `sleep` for a while. */
export interface TestClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Every wait asked for, in order. */
  readonly slept: number[];
  /** Time passed on this clock since it was made. */
  elapsed(): number;
}

/**
 * A clock whose waits pass at once: a test of a minute-long wait takes milliseconds. Waits
 * that overlap end together (the clock moves to the latest end), as they would in real time.
 */
export function fakeClock(start = Date.parse('2026-10-01T12:00:00Z')): TestClock {
  let now = start;
  const slept: number[] = [];
  return {
    now: () => now,
    async sleep(ms: number) {
      slept.push(ms);
      const until = now + ms;
      // Yields, so calls in flight answer while this one "waits".
      await new Promise((resolve) => setImmediate(resolve));
      now = Math.max(now, until);
    },
    slept,
    elapsed: () => now - start,
  };
}

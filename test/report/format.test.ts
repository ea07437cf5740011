import { describe, expect, it } from 'vitest';
import { formatDuration, formatMetrics, formatTable } from '../../src/report/format.js';

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [850, '850ms'],
    [999.4, '999ms'],
    [1_000, '1.0s'],
    [4_200, '4.2s'],
    [4_249, '4.2s'],
    [59_900, '59.9s'],
    [60_000, '1m 00s'],
    [185_000, '3m 05s'],
    [3_599_000, '59m 59s'],
    [3_600_000, '1h 00m'],
    [3_720_000, '1h 02m'],
    [90_000_000, '25h 00m'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  // BUG (src/report/format.ts): each unit is chosen before rounding, so a value that rounds up
  // to the next unit shows as `1000ms`, `60.0s`, `1m 60s` or `59m 60s`.
  it.each([
    [999.6, '1.0s'],
    [59_950, '1m 00s'],
    [119_500, '2m 00s'],
    [3_599_600, '1h 00m'],
  ])('carries %d ms, which rounds up, into the next unit: %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatMetrics', () => {
  it('shows integers as they are and other numbers to 4 decimals, in the order given', () => {
    expect(formatMetrics({ epochs: 20, accuracy: 0.912345, loss: 0.5 })).toBe(
      'epochs=20 accuracy=0.9123 loss=0.5000',
    );
  });

  it('shows the first `max` metrics and marks that there are more', () => {
    const metrics = { a: 1, b: 2, c: 3, d: 4 };
    expect(formatMetrics(metrics)).toBe('a=1 b=2 c=3 …');
    expect(formatMetrics(metrics, 4)).toBe('a=1 b=2 c=3 d=4');
    expect(formatMetrics(metrics, 2)).toBe('a=1 b=2 …');
  });

  it('is empty for a step without metrics', () => {
    expect(formatMetrics(undefined)).toBe('');
    expect(formatMetrics({})).toBe('');
  });
});

describe('formatTable', () => {
  it('pads each column to its widest cell, a missing cell as empty, no trailing spaces', () => {
    const table = formatTable(
      ['step', 'status', 'time saved'],
      [
        ['prepare', 'cached', '1m 05s'],
        ['train', 'ran'],
        ['evaluate-long', '', ''],
      ],
    );
    expect(table).toBe(
      [
        'step           status  time saved',
        '-------------  ------  ----------',
        'prepare        cached  1m 05s',
        'train          ran',
        'evaluate-long',
      ].join('\n'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { fitsStep, parseManifest, type Manifest } from '../../src/records/manifest.js';
import { parsePlanIndex, PLAN_INDEX_SCHEMA } from '../../src/records/plan-index.js';

/**
 * Records read back from a store are data from disk or the network: each field is narrowed
 * to its type, and one that is not makes the record (or the indexed step) absent: a miss and a
 * recompute, never a hit that crashes or misleads later.
 */
const D = 'a'.repeat(64);
const K = 'b'.repeat(64);
const manifest = (): Manifest =>
  ({
    schema: 1,
    key: K,
    step: 'train',
    outputs: {
      model: { type: 'dir', format: 2, digest: D, entries: [{ kind: 'dir', path: 'x' }] },
    },
    metrics: { acc: 0.9 },
    durationMs: 1200,
    commit: 'abc',
    dirty: false,
    tool: '1.0.0',
    producer: { runId: '7', job: 'train' },
    createdAt: '2026-01-01T00:00:00Z',
    parts: { schema: 1 },
  }) as unknown as Manifest;

/** The `model` output record of a manifest being damaged. */
const model = (m: Record<string, unknown>) =>
  (m.outputs as Record<string, Record<string, unknown> & { entries: unknown[] }>).model!;

const damaged: [string, (m: Record<string, unknown>) => void, RegExp][] = [
  ['a metric that is text', (m) => (m.metrics = { acc: 'high' }), /a metric is not a number/],
  ['a metric that is null (Infinity saved)', (m) => (m.metrics = { acc: null }), /metric/],
  ['metrics a list', (m) => (m.metrics = [1]), /metric/],
  ['a duration that is text', (m) => (m.durationMs = '1s'), /no duration/],
  ['a negative duration', (m) => (m.durationMs = -1), /no duration/],
  ['no tool', (m) => delete m.tool, /no tool/],
  ['a commit that is a number', (m) => (m.commit = 5), /bad commit/],
  ['key parts a string', (m) => (m.parts = 'x'), /key parts/],
  ['a producer without its run', (m) => (m.producer = { job: 'x' }), /producer/],
  ['a key that is no digest', (m) => (m.key = 'x'), /no key/],
  ['outputs a list', (m) => (m.outputs = []), /no outputs/],
  ['an output of an unknown type', (m) => (model(m).type = 'blob'), /type/],
  ['an output without a digest', (m) => delete model(m).digest, /digest/],
  [
    'an output record null',
    (m) => ((m.outputs as Record<string, unknown>).model = null),
    /another format/,
  ],
  ['an entry that is a number', (m) => model(m).entries.push(1), /entry list/],
  ['an entry of no kind', (m) => model(m).entries.push({ path: 'y' }), /entry/],
];

describe('parseManifest', () => {
  it('takes a whole manifest', () => {
    expect(parseManifest(JSON.stringify(manifest()), K as never)).toEqual(manifest());
  });

  it.each(damaged)('refuses %s', (_, damage, why) => {
    const value = manifest() as unknown as Record<string, unknown>;
    damage(value);
    const parsed = parseManifest(JSON.stringify(value));
    expect(typeof parsed).toBe('string');
    expect(parsed).toMatch(why);
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['null', '5', '"x"', '[]'])
      expect(parseManifest(text)).toBe('unknown schema');
  });
});

describe('fitsStep', () => {
  const outputs = { model: { type: 'dir' as const } };
  it('holds for exactly the declared outputs and types', () => {
    expect(fitsStep(manifest(), outputs)).toBe(true);
    expect(fitsStep(manifest(), { ...outputs, metrics: { type: 'metrics' } })).toBe(false);
    expect(fitsStep(manifest(), { model: { type: 'file' } })).toBe(false);
    expect(fitsStep(manifest(), { other: { type: 'dir' } })).toBe(false);
    expect(fitsStep(manifest(), { constructor: { type: 'dir' } } as never)).toBe(false);
  });
});

describe('parsePlanIndex', () => {
  const step = { key: K, outputs: { model: D }, durationMs: 5, metrics: { acc: 1 } };
  const index = (steps: Record<string, unknown>) =>
    JSON.stringify({ schema: PLAN_INDEX_SCHEMA, steps });

  it('keeps the indexed steps of their type and drops the others', () => {
    const parsed = parsePlanIndex(
      index({
        good: step,
        textMetric: { ...step, metrics: { acc: 'x' } },
        noKey: { ...step, key: 5 },
        badDigest: { ...step, outputs: { model: 'x' } },
        textDuration: { ...step, durationMs: '5' },
        nothing: null,
      }),
    );
    expect(Object.keys(parsed!.steps)).toEqual(['good']);
    expect(parsed!.steps.good).toEqual(step);
    expect(parsed!.steps.toString).toBeUndefined();
  });

  it('is absent when it is not an index of this schema', () => {
    for (const text of ['null', '[]', '{"schema":2,"steps":[]}', '{"schema":1,"steps":{}}', '{'])
      expect(parsePlanIndex(text)).toBeUndefined();
  });
});

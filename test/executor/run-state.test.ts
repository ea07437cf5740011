import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSampleRepo, type SampleRepo } from '../support/sample-pipeline.js';

const ALL = ['double', 'gen', 'publish', 'report', 'stats'];

/** The cache entry file of `step`'s current key, as the run state records it. */
function entryOf(s: SampleRepo, step: string): string {
  const state = JSON.parse(s.repo.read('.pipekit/state.json')) as {
    steps: Record<string, { key: string }>;
  };
  return s.repo.path(`.pipekit/cache/entries/${state.steps[step]!.key}.json`);
}

describe('the run state: one file read instead of a cache entry per step', () => {
  let s: SampleRepo;
  beforeEach(() => {
    s = makeSampleRepo();
    const first = s.run();
    expect(first.code, first.stderr).toBe(0);
    expect(first.executed).toEqual(ALL);
  });
  afterEach(() => s.cleanup());

  it('answers a no-op rerun without reading any cache entry, and is not rewritten', () => {
    const state = s.repo.path('.pipekit/state.json');
    const written = statSync(state).mtimeMs;
    // Damaged in place (the entries folder is unchanged): a run that read it would rerun gen.
    writeFileSync(entryOf(s, 'gen'), 'not json');
    const again = s.run();
    expect(again.code, again.stderr).toBe(0);
    expect(again.executed).toEqual(['publish']);
    expect(again.stderr).not.toMatch(/corrupt/);
    expect(statSync(state).mtimeMs).toBe(written);
  });

  it('sends a step back to the cache once an entry is removed', () => {
    rmSync(entryOf(s, 'double'));
    const again = s.run();
    expect(again.code, again.stderr).toBe(0);
    // double reruns and writes the same bytes: report is reused (early cutoff).
    expect(again.executed).toEqual(['double', 'publish']);
    expect(s.run().executed).toEqual(['publish']);
  });

  it('never answers with a key whose parts changed', () => {
    s.repo.write({ 'data/raw.txt': 'alpha\ngamma\n' });
    expect(s.run().executed).toEqual(ALL);
    expect(s.repo.read('.pipekit/out/report/summary')).toBe('ALPHA x2\nGAMMA x2\n');
    s.repo.write({ 'data/raw.txt': 'alpha\nbeta\n' });
    expect(s.run().executed).toEqual(['publish']);
    expect(s.repo.read('.pipekit/out/report/summary')).toBe('ALPHA x2\nBETA x2\n');
  });

  it('is not used for other parameters, nor when damaged', () => {
    expect(s.run(['--set', 'factor=3']).executed).toEqual(['double', 'publish', 'report']);
    expect(s.run(['--set', 'factor=2']).executed).toEqual(['publish']);
    writeFileSync(s.repo.path('.pipekit/state.json'), '{"schema":1,"steps":');
    expect(s.run().executed).toEqual(['publish']);
    expect(JSON.parse(s.repo.read('.pipekit/state.json')).steps.gen.key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('still restores a stored output that was removed', () => {
    const store = s.repo.path('.pipekit/store');
    for (const digest of readdirSync(store)) {
      if (!digest.startsWith('.')) rmSync(`${store}/${digest}`, { recursive: true, force: true });
    }
    expect(s.run().executed).toEqual(['publish']);
    expect(readFileSync(s.repo.path('.pipekit/out/report/summary'), 'utf8')).toBe(
      'ALPHA x2\nBETA x2\n',
    );
  });
});

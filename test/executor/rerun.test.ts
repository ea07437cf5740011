import { renameSync, utimesSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSampleRepo, type SampleRepo } from '../support/sample-pipeline.js';

const ALL = ['double', 'gen', 'publish', 'report', 'stats'];

describe('pipekit run reuses exactly what did not change', () => {
  let s: SampleRepo;
  beforeEach(() => {
    s = makeSampleRepo();
    const first = s.run();
    expect(first.code, first.stderr).toBe(0);
    expect(first.executed).toEqual(ALL);
  });
  afterEach(() => s.cleanup());

  it('runs nothing but the cache: false step when nothing changed, and says so', () => {
    const again = s.run();
    expect(again.code).toBe(0);
    expect(again.executed).toEqual(['publish']);
    expect(again.stdout).toMatch(/4 reused/);
    expect(again.stdout).toMatch(/reuse saved \d/);
    expect(s.repo.read('.pipekit/out/report/summary')).toBe('ALPHA x2\nBETA x2\n');
  });

  it('reruns an edited step and only the descendants whose inputs changed', () => {
    s.repo.write({
      'steps/double/component.yml': s.repo
        .read('steps/double/component.yml')
        .replace('" x"', '" times "'),
    });
    expect(s.run().executed).toEqual(['double', 'publish', 'report']);
    expect(s.repo.read('.pipekit/out/report/summary')).toBe('ALPHA times 2\nBETA times 2\n');
  });

  it('ignores a comment and a key reorder in pipeline.yml', () => {
    const text = s.repo.read('pipeline.yml');
    const reordered = text
      .replace('name: sample\n', '# a comment\nname: sample # trailing\n')
      .replace(
        '      data: ${{ steps.gen.outputs.out }}\n      factor: ${{ inputs.factor }}\n',
        '      factor: ${{ inputs.factor }} # the multiplier\n      data: ${{ steps.gen.outputs.out }}\n',
      );
    expect(reordered).not.toBe(text);
    s.repo.write({ 'pipeline.yml': reordered });
    expect(s.run().executed).toEqual(['publish']);
  });

  it('reruns only the consumers of a changed parameter', () => {
    expect(s.run(['--set', 'factor=3']).executed).toEqual(['double', 'publish', 'report']);
    expect(s.repo.read('.pipekit/out/report/summary')).toBe('ALPHA x3\nBETA x3\n');
    expect(s.run(['--set', 'factor=3']).executed).toEqual(['publish']);
  });

  it('ignores a touched file whose content is the same', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(s.repo.path('data/raw.txt'), later, later);
    utimesSync(s.repo.path('steps/gen/gen.sh'), later, later);
    expect(s.run().executed).toEqual(['publish']);
  });

  it('reruns the consumers of a renamed data file', () => {
    renameSync(s.repo.path('data/raw.txt'), s.repo.path('data/input.txt'));
    s.repo.write({
      'pipeline.yml': s.repo.read('pipeline.yml').replace('data/raw.txt', 'data/input.txt'),
    });
    // gen reruns (its input path changed) but writes the same bytes: downstream is reused.
    expect(s.run().executed).toEqual(['gen', 'publish']);
  });

  it('reuses downstream steps when an upstream reruns with byte-identical output (early cutoff)', () => {
    s.repo.write({
      'steps/gen/gen.sh': `${s.repo.read('steps/gen/gen.sh')}# a comment: same output\n`,
    });
    const r = s.run();
    expect(r.executed).toEqual(['gen', 'publish']);
    expect(r.stdout).toMatch(/3 reused/);
  });

  it('reruns everything downstream when an upstream output really changes', () => {
    s.repo.write({ 'data/raw.txt': 'alpha\nbeta\ngamma\n' });
    expect(s.run().executed).toEqual(ALL);
    expect(s.repo.read('.pipekit/out/report/summary')).toBe('ALPHA x2\nBETA x2\nGAMMA x2\n');
  });

  it('runs everything again with --no-cache and one step with --force', () => {
    expect(s.run(['--no-cache']).executed).toEqual(ALL);
    expect(s.run(['--force', 'stats']).executed).toEqual(['publish', 'stats']);
  });
});

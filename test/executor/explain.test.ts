import { afterEach, describe, expect, it } from 'vitest';
import { makeSampleRepo, type SampleRepo } from '../support/sample-pipeline.js';

describe('pipekit plan and explain', () => {
  let s: SampleRepo;
  afterEach(() => s.cleanup());

  const plan = () =>
    Object.fromEntries(
      (
        JSON.parse(s.repo.cli(['plan', '--json']).stdout) as {
          steps: { id: string; status: string }[];
        }
      ).steps.map((p) => [p.id, p.status]),
    );

  it('plans every status with its reason, and explains a miss part by part', () => {
    s = makeSampleRepo();
    expect(plan()).toEqual({
      gen: 'run',
      double: 'pending',
      stats: 'pending',
      report: 'pending',
      publish: 'always',
    });
    expect(s.run().code).toBe(0);
    expect(plan()).toEqual({
      gen: 'cached',
      double: 'cached',
      stats: 'cached',
      report: 'cached',
      publish: 'always',
    });

    s.repo.write({ 'steps/gen/gen.sh': `${s.repo.read('steps/gen/gen.sh')}# comment\n` });
    const planned = JSON.parse(s.repo.cli(['plan', '--json', '--set', 'factor=5']).stdout) as {
      steps: { id: string; status: string; reason: string }[];
    };
    const gen = planned.steps.find((p) => p.id === 'gen')!;
    expect(gen).toMatchObject({ status: 'run', reason: 'file steps/gen/gen.sh changed' });
    expect(planned.steps.find((p) => p.id === 'double')).toMatchObject({
      status: 'pending',
      reason: 'upstream gen will run',
    });

    s.repo.write({
      'steps/gen/gen.sh': s.repo.read('steps/gen/gen.sh').replace('# comment\n', ''),
    });
    const explained = s.repo.cli(['explain', 'double', '--set', 'factor=5']);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toMatch(
      /^double: run \(parameter factor: 2 -> 5\)\nsince its closest cached run \(.*\):\n {2}- parameter factor: 2 -> 5\n$/,
    );
    expect(s.repo.cli(['explain', 'gen']).stdout).toMatch(/^gen: cached/);
  });

  it('explains a miss against the closest earlier run, not the last one', () => {
    s = makeSampleRepo();
    expect(s.run().code).toBe(0); // factor 2
    expect(s.run(['--set', 'factor=3']).code).toBe(0);
    s.repo.write({
      'steps/double/component.yml': s.repo
        .read('steps/double/component.yml')
        .replace('" x"', '" times "'),
    });
    // Against the last run (factor 3) the factor would look changed; against the run with
    // factor 2 only the command is.
    const explained = s.repo.cli(['explain', 'double']);
    expect(explained.stdout).toMatch(
      /^double: run \(run command changed\)\nsince its closest cached run \(.*\):\n {2}- run command changed\n$/,
    );
  });

  it('says when a cached run came from a tree with uncommitted changes', () => {
    s = makeSampleRepo();
    expect(s.run().code).toBe(0);
    expect(s.repo.cli(['explain', 'gen']).stdout).toMatch(/at commit [0-9a-f]{10}\n$/);
    s.repo.write({ 'steps/gen/gen.sh': `${s.repo.read('steps/gen/gen.sh')}# edited\n` });
    expect(s.run().code).toBe(0);
    expect(s.repo.cli(['explain', 'gen']).stdout).toMatch(
      /at commit [0-9a-f]{10} with uncommitted changes\n$/,
    );
  });
});

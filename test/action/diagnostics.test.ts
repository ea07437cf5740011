import { afterEach, describe, expect, it } from 'vitest';
import { runBundledAction } from '../support/action-runner.js';
import { makeRepo, type TestRepo } from '../support/repo.js';

// Twelve steps, each with a runner label the pipeline does not declare: twelve problems.
const BROKEN = `name: broken
steps:
${Array.from({ length: 12 }, (_, i) => `  s${i}:\n    run: echo ${i}\n    runner: gpu${i}\n`).join('')}`;

describe('the action on an invalid pipeline', () => {
  let repo: TestRepo;
  afterEach(() => repo.remove());

  it('annotates the first 10 problems at file and line, logs and summarises all, fails once', async () => {
    repo = makeRepo({ 'pipeline.yml': BROKEN });
    const r = await runBundledAction({ workspace: repo.dir, inputs: { command: 'plan' } });
    expect(r.code).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error title='));
    expect(annotations).toHaveLength(10);
    expect(annotations[0]).toMatch(
      /^::error title=pipekit unknown-runner,file=pipeline\.yml,line=5,col=13::unknown-runner: /,
    );
    const failures = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(failures).toEqual(['::error::pipekit: 12 problems in the pipeline']);
    expect(r.stdout.match(/^pipeline\.yml:\d+:\d+ unknown-runner /gm)).toHaveLength(12);
    expect(r.summary.match(/`unknown-runner`/g)).toHaveLength(12);
    expect(r.stdout).not.toMatch(/at .*\.js:\d+/);
  });

  it('rejects a bad input with one clear failure', async () => {
    repo = makeRepo({ 'pipeline.yml': 'name: ok\nsteps:\n  a:\n    run: echo a\n' });
    const r = await runBundledAction({ workspace: repo.dir, inputs: { command: 'deploy' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::input command: expected run, plan, step or report, got `deploy`',
    );
  });

  it('ignores parameter lines left empty by a push event, and applies the rest', async () => {
    repo = makeRepo({
      'pipeline.yml': `name: params
inputs:
  n: { type: integer, default: 1 }
  word: { type: string, default: hi }
steps:
  a:
    run: echo \${{ inputs.word }}-\${{ inputs.n }} > \${{ outputs.out }}
    inputs:
      n: { type: integer }
      word: { type: string }
    outputs:
      out: { type: file }
    with:
      n: \${{ inputs.n }}
      word: \${{ inputs.word }}
`,
    });
    const r = await runBundledAction({
      workspace: repo.dir,
      inputs: { command: 'run', set: '\nn=\nword=bye\n', cache: 'false' },
    });
    expect(r.code, r.stdout).toBe(0);
    expect(repo.read('.pipekit/out/a/out')).toBe('bye-1\n');
  });
});

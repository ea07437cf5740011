import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from './repo.js';
import { runWorkflow, type RunOptions, type WorkflowRun } from './workflow-runner.js';

/** A workflow of `run:` jobs: each entry is a job's lines below its id, indented 4. */
function workflow(on: string, jobs: Record<string, string>): string {
  const body = Object.entries(jobs)
    .map(([id, lines]) => `  ${id}:\n    runs-on: ubuntu-latest\n${indent(lines, 4)}`)
    .join('\n');
  return `name: test\non:\n${indent(on, 2)}\njobs:\n${body}\n`;
}

const indent = (text: string, n: number) =>
  text
    .trim()
    .split('\n')
    .map((line) => ' '.repeat(n) + line)
    .join('\n');

const step = (script: string) => `steps:\n  - id: s\n    run: ${script}`;

let origin: TestRepo;
beforeAll(() => {
  origin = makeRepo({ 'README.md': 'test\n' });
});
afterAll(() => origin.remove());

const run = (text: string, options: Partial<RunOptions> = {}): Promise<WorkflowRun> =>
  runWorkflow({
    workflow: text,
    origin,
    event: { name: 'push', ref: 'refs/heads/main' },
    ...options,
  });

const results = (r: WorkflowRun) =>
  Object.fromEntries(Object.entries(r.jobs).map(([id, job]) => [id, job.result]));

describe('a run only when `on:` starts one (the filters: workflow-filters.test.ts)', () => {
  it('a tag push under a branches-only filter: no run, no job', async () => {
    const tag = await run(workflow('push:\n  branches: [main]', { a: step('true') }), {
      event: { name: 'push', ref: 'refs/tags/v1' },
    });
    expect(tag).toMatchObject({ triggered: false, started: [], jobs: {} });
    expect(tag.why).toMatch(/only branches filters/);
  });
});

describe('contexts as GitHub gives them per event', () => {
  const text = workflow(
    `push:\nworkflow_dispatch:\n  inputs:\n    lr: { type: number, default: 0.3 }\n    deep: { type: boolean, default: false }\n    model: { type: choice, options: [tree, forest], default: tree }`,
    {
      show: `outputs:
  lr: \${{ format('{0}', inputs.lr) }}
  null_lr: \${{ inputs.lr == null }}
  deep: \${{ inputs.deep }}
  model: \${{ inputs.model }}
  ref: \${{ github.ref_name }}
steps:
  - run: echo "event=$GITHUB_EVENT_NAME" >> "$GITHUB_OUTPUT"`,
    },
  );

  it('inputs is empty on push: every input is null, no default applies', async () => {
    const r = await run(text);
    expect(r.jobs.show!.outputs).toEqual({
      lr: '',
      null_lr: 'true',
      deep: '',
      model: '',
      ref: 'main',
    });
  });

  it('workflow_dispatch: typed inputs with their defaults', async () => {
    const r = await run(text, {
      event: { name: 'workflow_dispatch', ref: 'refs/heads/dev', inputs: { deep: true } },
    });
    expect(r.jobs.show!.outputs).toEqual({
      lr: '0.3',
      null_lr: 'false',
      deep: 'true',
      model: 'tree',
      ref: 'dev',
    });
    await expect(
      run(text, { event: { name: 'workflow_dispatch', inputs: { model: 'svm' } } }),
    ).rejects.toThrow(/not an option of model/);
  });

  it('secrets reach steps through env, a missing one is empty, a fork pull request gets none', async () => {
    const secretive = workflow('[push, pull_request]', {
      use: `outputs:
  seen: \${{ steps.s.outputs.seen }}
steps:
  - id: s
    env:
      HF_TOKEN: \${{ secrets.HF_TOKEN }}
      MISSING: \${{ secrets.NOPE }}
    run: echo "seen=\${#HF_TOKEN}:\${MISSING:-empty}" >> "$GITHUB_OUTPUT"`,
    });
    const secrets = { HF_TOKEN: 'hf_abcdef' };
    const push = await run(secretive, { secrets });
    expect(push.jobs.use!.outputs.seen).toBe('9:empty');
    expect(push.jobs.use!.steps[0]!.env).toEqual({ HF_TOKEN: 'hf_abcdef', MISSING: '' });
    const fork = await run(secretive, {
      secrets,
      event: { name: 'pull_request', number: 4, base: 'main', head: 'x', fork: true },
    });
    expect(fork.jobs.use!.outputs.seen).toBe('0:empty');
  });

  it('a job output holding a secret is dropped with a warning', async () => {
    const leaky = workflow('push:', {
      leak: `outputs:
  token: \${{ steps.s.outputs.token }}
steps:
  - id: s
    run: echo "token=$T" >> "$GITHUB_OUTPUT"
    env:
      T: \${{ secrets.HF_TOKEN }}`,
    });
    const r = await run(leaky, { secrets: { HF_TOKEN: 'hf_abcdef' } });
    expect(r.jobs.leak!.outputs).toEqual({});
    expect(r.warnings).toEqual(["leak: skip output 'token' since it may contain secret"]);
  });

  it('a job naming an environment gets its secrets and variables, other jobs not', async () => {
    const text = workflow('push:', {
      deploy: `environment: production
outputs:
  seen: \${{ steps.s.outputs.seen }}
steps:
  - id: s
    env:
      KEY: \${{ secrets.DEPLOY_KEY }}
    run: echo "seen=\${#KEY}:\${{ vars.REGION }}" >> "$GITHUB_OUTPUT"`,
      other: `outputs:
  seen: \${{ steps.s.outputs.seen }}
steps:
  - id: s
    env:
      KEY: \${{ secrets.DEPLOY_KEY }}
    run: echo "seen=\${#KEY}:\${{ vars.REGION }}" >> "$GITHUB_OUTPUT"`,
    });
    const r = await run(text, {
      vars: { REGION: 'eu' },
      environments: { production: { secrets: { DEPLOY_KEY: 'k3y' }, vars: { REGION: 'us' } } },
    });
    expect(r.jobs.deploy).toMatchObject({ environment: 'production', outputs: { seen: '3:us' } });
    expect(r.jobs.other!.outputs).toEqual({ seen: '0:eu' });
  });

  it('a multi-line run: GitHub evaluates the value, not the indented source', async () => {
    const heredoc = workflow('push:', {
      h: `outputs:
  text: \${{ steps.s.outputs.text }}
steps:
  - id: s
    run: |
      cat > out.txt <<EOF
      ref \${{ github.ref }}
      EOF
      echo "text=$(cat out.txt)" >> "$GITHUB_OUTPUT"`,
    });
    const r = await run(heredoc);
    expect(r.jobs.h!.outputs.text).toBe('ref refs/heads/main');
  });
});

describe('job results and status functions, as GitHub decides them', () => {
  it('a failed job skips its dependents; !failure() sees every ancestor, always() and failure() run', async () => {
    const r = await run(
      workflow('push:', {
        a: step('exit 1'),
        b: `needs: a\n${step('true')}`,
        guarded: `needs: b\nif: \${{ !cancelled() && !failure() }}\n${step('true')}`,
        always: `needs: b\nif: always()\n${step('true')}`,
        after_always: `needs: always\n${step('true')}`,
        on_failure: `needs: a\nif: failure()\n${step('true')}`,
      }),
    );
    expect(results(r)).toEqual({
      a: 'failure',
      b: 'skipped',
      guarded: 'skipped',
      always: 'success',
      // success() looks past the direct need: an ancestor failed.
      after_always: 'skipped',
      on_failure: 'success',
    });
    expect(r.jobs.b!.condition).toBe('success()');
    expect(r.started).toEqual(['a', 'always', 'on_failure']);
  });

  it('a skipped job: `!failure()` dependents run, but success() stays false down the line', async () => {
    const r = await run(
      workflow('push:', {
        off: `if: false\n${step('true')}`,
        next: `needs: off\nif: \${{ !cancelled() && !failure() }}\n${step('true')}`,
        last: `needs: next\n${step('true')}`,
      }),
    );
    // actions/runner#2205: a skipped ancestor, even not a direct need, makes success() false.
    expect(results(r)).toEqual({ off: 'skipped', next: 'success', last: 'skipped' });
  });

  it('a timed-out job concludes cancelled, and `!cancelled() && !failure()` still starts its dependents', async () => {
    const r = await run(
      workflow('push:', {
        slow: `timeout-minutes: 5\n${step('true')}`,
        loose: `needs: slow\nif: \${{ !cancelled() && !failure() }}\n${step('true')}`,
        strict: `needs: slow\nif: \${{ !cancelled() && !failure() && !contains(needs.*.result, 'cancelled') }}\n${step('true')}`,
        implicit: `needs: slow\n${step('true')}`,
      }),
      { timeOut: ['slow'] },
    );
    expect(results(r)).toEqual({
      slow: 'cancelled',
      loose: 'success',
      strict: 'skipped',
      implicit: 'skipped',
    });
    expect(r.jobs.slow).toMatchObject({ started: true, timeoutMinutes: 5, steps: [] });
    expect(r.cancelled).toBe(false);
  });

  it('a cancelled run: cancelled() is true for every later job; only always() still runs', async () => {
    const r = await run(
      workflow('push:', {
        first: step('true'),
        second: `needs: first\nif: \${{ !cancelled() }}\n${step('true')}`,
        cleanup: `needs: second\nif: always()\n${step('true')}`,
      }),
      { cancelDuring: 'first' },
    );
    expect(results(r)).toEqual({ first: 'cancelled', second: 'cancelled', cleanup: 'success' });
    expect(r.started).toEqual(['first', 'cleanup']);
    expect(r.cancelled).toBe(true);
  });

  it('outputs flow through needs: direct needs only, with their results', async () => {
    const r = await run(
      workflow('push:', {
        a: `outputs:\n  x: \${{ steps.s.outputs.x }}\n${step('echo "x=42" >> "$GITHUB_OUTPUT"')}`,
        b: `needs: a
outputs:
  got: \${{ steps.s.outputs.got }}
steps:
  - id: s
    env:
      X: \${{ needs.a.outputs.x }}
    run: echo "got=$X/\${{ needs.a.result }}" >> "$GITHUB_OUTPUT"`,
        c: `needs: b
outputs:
  a: \${{ format('[{0}]', needs.a.outputs.x) }}
  b: \${{ needs.b.outputs.got }}
${step('true')}`,
      }),
    );
    expect(r.jobs.b!.outputs).toEqual({ got: '42/success' });
    expect(r.jobs.c!.outputs).toEqual({ a: '[]', b: '42/success' });
  });

  it('steps: GITHUB_ENV reaches the later steps, continue-on-error keeps the job going', async () => {
    const r = await run(
      workflow('push:', {
        a: `outputs:
  seen: \${{ steps.last.outputs.seen }}
  outcome: \${{ steps.flaky.outcome }}/\${{ steps.flaky.conclusion }}
steps:
  - run: echo "COLOR=blue" >> "$GITHUB_ENV"
  - id: flaky
    run: exit 3
    continue-on-error: true
  - id: last
    run: echo "seen=$COLOR" >> "$GITHUB_OUTPUT"
  - if: failure()
    run: exit 1`,
      }),
    );
    expect(r.jobs.a).toMatchObject({
      result: 'success',
      outputs: { seen: 'blue', outcome: 'failure/success' },
    });
    expect(r.jobs.a!.steps.map((s) => s.conclusion)).toEqual([
      'success',
      'success',
      'success',
      'skipped',
    ]);
  });

  it('the action under test gets its action.yml defaults; an input it does not declare is warned about', async () => {
    const r = await run(
      workflow('push:', {
        a: `steps:
  - uses: pipekit/pipekit@0123456789abcdef0123456789abcdef01234567
    with:
      command: nonsense
      colour: blue`,
      }),
    );
    const [step] = r.jobs.a!.steps;
    expect(step!.with).toEqual({ command: 'nonsense', colour: 'blue' });
    expect(step!.inputs).toMatchObject({
      command: 'nonsense',
      pipeline: 'pipeline.yml',
      cache: 'true',
      'cache-prefix': 'pipekit',
    });
    expect(r.jobs.a!.actions).toHaveLength(1);
    expect(r.jobs.a!.result).toBe('failure');
    expect(r.warnings).toEqual(['a/__pipekit_pipekit: unexpected input(s) colour']);
  });

  it("job outputs past GitHub's 1 MB a job stop the test", async () => {
    const big = `outputs:\n  big: \${{ steps.s.outputs.big }}\n${step(
      'echo "big=$(head -c 600000 /dev/zero | tr -c a a)" >> "$GITHUB_OUTPUT"',
    )}`;
    await expect(run(workflow('push:', { big }))).rejects.toThrow(/over GitHub's 1 MB per job/);
  });

  it('an `if` GitHub cannot evaluate fails the job; an action it has no model of stops the test', async () => {
    const r = await run(workflow('push:', { bad: `if: \${{ fromJSON('') }}\n${step('true')}` }));
    expect(r.jobs.bad).toMatchObject({ result: 'failure', started: false });
    await expect(
      run(workflow('push:', { x: 'steps:\n  - uses: actions/setup-node@v4' })),
    ).rejects.toThrow(/no model of the action actions\/setup-node@v4/);
  });

  it('a parse error fails with the parser messages', async () => {
    const text = workflow('push:', { a: step('true'), b: `needs: nowhere\n${step('true')}` });
    await expect(run(text)).rejects.toThrow(/depends on unknown job 'nowhere'/);
  });
});

describe('a strategy.matrix as GitHub expands and runs it', () => {
  it('product (first list slowest), exclude, include that extends or adds; names and the matrix context', async () => {
    const r = await run(
      workflow('push:', {
        m: `name: m \${{ matrix.os }}-\${{ matrix.v }}\${{ matrix.extra }}
strategy:
  matrix:
    os: [a, b]
    v: [1, 2]
    exclude: [{ os: b, v: 1 }]
    include: [{ v: 2, extra: '+' }, { os: c, v: 9 }]
${step('echo "${{ matrix.os }}"')}`,
      }),
    );
    const m = r.jobs.m!;
    expect(m.result).toBe('success');
    expect(m.instances?.map((i) => i.name)).toEqual(['m a-1', 'm a-2+', 'm b-2+', 'm c-9']);
  });

  it('include from an upstream output through fromJSON; an empty one fails the job unless `if` skips it', async () => {
    const text = (list: string, guard: string) =>
      workflow('push:', {
        up: `outputs:\n  list: \${{ steps.s.outputs.list }}\nsteps:\n  - id: s\n    run: echo 'list=${list}' >> "$GITHUB_OUTPUT"`,
        m: `needs: [up]
if: ${guard}
strategy:
  matrix:
    include: \${{ fromJSON(needs.up.outputs.list) }}
${step('test "${{ matrix.n }}" != 2')}`,
      });
    const two = await run(text('[{"n":1},{"n":2},{"n":3}]', 'true'));
    // fail-fast (the default) cancels what has not finished once one fails.
    expect(two.jobs.m!.instances?.map((i) => i.result)).toEqual([
      'success',
      'failure',
      'cancelled',
    ]);
    expect(two.jobs.m!.result).toBe('failure');
    const empty = await run(text('[]', 'true'));
    expect(empty.jobs.m!.result).toBe('failure');
    expect(empty.jobs.m!.error).toMatch(/does not contain any values/);
    const skipped = await run(text('[]', "${{ needs.up.outputs.list != '[]' }}"));
    expect(skipped.jobs.m!.result).toBe('skipped');
  });
});

import { chmodSync, existsSync, readFileSync, realpathSync, utimesSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

// What a step reads is exactly what its key names: its own copy of its code, and the stored,
// read-only trees of its upstream outputs, whatever else happens in the checkout meanwhile.

let repo: TestRepo | undefined;
afterEach(() => repo?.remove());

function finished(child: ReturnType<TestRepo['spawnCli']>): Promise<{ code: number; out: string }> {
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, out })));
}

/** Steps that ran, from the summary table of `pipekit run`. */
const ran = (stdout: string): string[] =>
  [...stdout.matchAll(/^(\S+)\s+ran\b/gm)].map((m) => m[1]!).sort();

describe('concurrent runs of one checkout', () => {
  it('give each run exactly the results of running it alone', async () => {
    // `make` finishes sooner for a smaller p, and `use` reads its input a while after it
    // starts: with a shared output folder, a run reads the `make` output of a later run.
    repo = makeRepo({
      'pipeline.yml': `name: concurrent
inputs:
  p: { type: integer, default: 1 }
steps:
  make:
    run: |
      python3 -c 'import sys, time; time.sleep(0.3 * int(sys.argv[1]))' \${{ inputs.p }}
      echo value \${{ inputs.p }} > \${{ outputs.out }}
    inputs: { p: { type: integer } }
    outputs: { out: { type: file } }
    with:
      p: \${{ inputs.p }}
  use:
    run: sleep 1.5; cat \${{ inputs.x }} > \${{ outputs.out }}
    inputs: { x: { type: path } }
    outputs: { out: { type: file } }
    with:
      x: \${{ steps.make.outputs.out }}
`,
    });
    const runs = [1, 2, 3].map((p) => finished(repo!.spawnCli(['run', '--set', `p=${p}`])));
    for (const r of await Promise.all(runs)) expect(r.code, r.out).toBe(0);
    for (const p of [1, 2, 3]) {
      const alone = repo.cli(['run', '--set', `p=${p}`]);
      expect(alone.code, alone.stderr).toBe(0);
      expect(ran(alone.stdout), `p=${p} reran: its entries are missing`).toEqual([]);
      expect(repo.read('.pipekit/out/use/out'), `p=${p}`).toBe(`value ${p}\n`);
    }
  }, 60_000);
});

describe('a step runs in a private copy of its code', () => {
  it('so what it writes where it runs neither changes its key nor lands in the repository', () => {
    repo = makeRepo({
      'steps/w/component.yml': `name: w
outputs: { out: { type: file } }
run: echo scratch >> notes.txt; cat notes.txt > \${{ outputs.out }}; ls > listing.txt
`,
      'steps/w/helper.txt': 'helper\n',
      'pipeline.yml': `name: private
steps:
  one: { uses: ./steps/w }
  two: { uses: ./steps/w }
`,
    });
    const first = repo.cli(['run']);
    expect(first.code, first.stderr).toBe(0);
    expect(ran(first.stdout)).toEqual(['one', 'two']);
    // Each step saw only its own write, never its sibling's.
    expect(repo.read('.pipekit/out/one/out')).toBe('scratch\n');
    expect(repo.read('.pipekit/out/two/out')).toBe('scratch\n');
    expect(repo.git('status', '--porcelain', 'steps')).toBe('');
    const again = repo.cli(['run']);
    expect(ran(again.stdout)).toEqual([]);
  });
});

describe('a repository file edited while its step runs', () => {
  it('is not saved under the key of its old content', async () => {
    repo = makeRepo({
      'data/in.txt': 'old\n',
      'pipeline.yml': `name: edited
steps:
  copy:
    run: touch "\${STARTED:-/dev/null}"; sleep 1.5; cat \${{ inputs.data }} > \${{ outputs.out }}
    inputs: { data: { type: path } }
    outputs: { out: { type: file } }
    with: { data: data/in.txt }
`,
    });
    const started = repo.path('started');
    const running = finished(repo.spawnCli(['run'], { STARTED: started }));
    while (!existsSync(started)) await sleep(50);
    repo.write({ 'data/in.txt': 'new\n' });
    const r = await running;
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/not saved: data\/in\.txt changed while it ran/);
    repo.write({ 'data/in.txt': 'old\n' });
    const reverted = repo.cli(['run']);
    expect(ran(reverted.stdout), reverted.stdout + reverted.stderr).toEqual(['copy']);
    expect(repo.read('.pipekit/out/copy/out')).toBe('old\n');
  }, 30_000);
});

describe('a step that changes its upstream output in place', () => {
  it('fails, and no later step reads the changed bytes', () => {
    repo = makeRepo({
      'pipeline.yml': `name: tamper
steps:
  gen:
    run: echo original > \${{ outputs.out }}
    outputs: { out: { type: file } }
  bad:
    run: chmod u+w \${{ inputs.x }}; echo evil >> \${{ inputs.x }}; echo done > \${{ outputs.out }}
    inputs: { x: { type: path } }
    outputs: { out: { type: file } }
    with:
      x: \${{ steps.gen.outputs.out }}
  later:
    run: cat \${{ inputs.x }} > \${{ outputs.out }}
    inputs: { x: { type: path } }
    outputs: { out: { type: file } }
    needs: [bad]
    with:
      x: \${{ steps.gen.outputs.out }}
`,
    });
    const r = repo.cli(['run', '--keep-going']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad failed: it changed its input x, which steps may only read/);
    const fixed = repo.read('pipeline.yml').replace('echo evil >> ${{ inputs.x }}; ', '');
    repo.write({ 'pipeline.yml': fixed });
    const again = repo.cli(['run']);
    expect(again.code, again.stderr).toBe(0);
    expect(repo.read('.pipekit/out/later/out')).toBe('original\n');
    expect(readFileSync(repo.path('.pipekit/out/gen/out'), 'utf8')).toBe('original\n');
  });
});

describe('the store of outputs', () => {
  it('drops trees that no view shows and no run used for a week, and restores them from the cache', () => {
    repo = makeRepo({
      'pipeline.yml': `name: prune
inputs:
  p: { type: integer, default: 1 }
steps:
  make:
    run: echo value \${{ inputs.p }} > \${{ outputs.out }}
    inputs: { p: { type: integer } }
    outputs: { out: { type: file } }
    with:
      p: \${{ inputs.p }}
`,
    });
    expect(repo.cli(['run', '--set', 'p=1']).code).toBe(0);
    const first = realpathSync(repo.path('.pipekit/out/make/out'));
    expect(repo.cli(['run', '--set', 'p=2']).code).toBe(0);
    const second = realpathSync(repo.path('.pipekit/out/make/out'));
    expect(existsSync(first), 'used within the week: kept').toBe(true);
    const weekAgo = Date.now() / 1000 - 8 * 24 * 3600;
    utimesSync(dirname(first), weekAgo, weekAgo);
    utimesSync(dirname(second), weekAgo, weekAgo);
    // Pruning runs at most once a day: the last one was a week ago too.
    utimesSync(repo.path('.pipekit/store/.pruned'), weekAgo, weekAgo);
    expect(repo.cli(['run', '--set', 'p=2']).code).toBe(0);
    expect(existsSync(first), 'unused and not shown: dropped').toBe(false);
    expect(existsSync(second), 'shown by .pipekit/out: kept').toBe(true);
    const again = repo.cli(['run', '--set', 'p=1']);
    expect(ran(again.stdout)).toEqual([]);
    expect(repo.read('.pipekit/out/make/out')).toBe('value 1\n');
  });
});

describe('the executable bit of a code file', () => {
  it('is part of the key: a script that lost it is not reused as if it ran', () => {
    repo = makeRepo({
      'steps/s/component.yml': `name: s
outputs: { out: { type: file } }
run: ./make.sh \${{ outputs.out }}
`,
      'steps/s/make.sh': '#!/usr/bin/env bash\necho made > "$1"\n',
      'pipeline.yml': `name: exec
steps:
  s: { uses: ./steps/s }
`,
    });
    expect(repo.cli(['run']).code).toBe(0);
    chmodSync(repo.path('steps/s/make.sh'), 0o644);
    const plan = repo.cli(['plan']);
    expect(plan.stdout).toMatch(/s\s+run\s.*file steps\/s\/make\.sh: executable bit cleared/);
    // As a fresh run would: the script cannot be executed.
    expect(repo.cli(['run']).code).toBe(1);
  });
});

describe('a view that cannot be made', () => {
  it('does not stop the run: the outputs are stored and saved all the same', () => {
    repo = makeRepo({
      'pipeline.yml': `name: view
steps:
  s:
    run: echo made > \${{ outputs.out }}
    outputs: { out: { type: file } }
`,
      '.pipekit/out/s': 'a file where the folder of the view should be\n',
    });
    const r = repo.cli(['run']);
    expect(r.code, r.stderr).toBe(0);
    expect(ran(repo.cli(['run']).stdout)).toEqual([]);
  });
});

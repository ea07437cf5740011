import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

const PIPELINE = `name: trees
steps:
  classes:
    run: |
      echo classes >> "$PIPEKIT_TEST_LOG"
      ls \${{ inputs.images }} | wc -l | tr -d ' ' > \${{ outputs.count }}
    inputs:
      images: { type: path }
    outputs:
      count: { type: file }
    with:
      images: data/images
  build:
    run: |
      echo build >> "$PIPEKIT_TEST_LOG"
      out=\${{ outputs.tool }}
      mkdir -p "$out/bin" "$out/cache"
      printf '#!/bin/sh\\necho ok\\n' > "$out/bin/copy"
      printf '#!/bin/sh\\necho ok\\n' > "$out/bin/tool"
      chmod +x "$out/bin/tool"
      ln -s bin/tool "$out/run"
    outputs:
      tool: { type: dir }
  use:
    run: |
      echo use >> "$PIPEKIT_TEST_LOG"
      tool=\${{ inputs.tool }}
      test -d "$tool/cache"
      test -L "$tool/run"
      "$tool/run" > \${{ outputs.said }}
    inputs:
      tool: { type: path }
    outputs:
      said: { type: file }
    with:
      tool: \${{ steps.build.outputs.tool }}
`;

describe('a folder is its whole tree, in a key and in a restore', () => {
  let repo: TestRepo;
  let log: string;
  const run = (...args: string[]) => {
    writeFileSync(log, '');
    const r = repo.cli(['run', ...args], { PIPEKIT_TEST_LOG: log });
    const executed = readFileSync(log, 'utf8').split('\n').filter(Boolean).sort();
    return { ...r, executed };
  };

  beforeEach(() => {
    repo = makeRepo({ 'pipeline.yml': PIPELINE, 'data/images/dog/1.png': 'woof' });
    log = join(mkdtempSync(join(tmpdir(), 'pipekit-log-')), 'executed.txt');
    const first = run();
    expect(first.code, first.stderr).toBe(0);
    expect(first.executed).toEqual(['build', 'classes', 'use']);
  });
  afterEach(() => {
    repo.remove();
    rmSync(join(log, '..'), { recursive: true, force: true });
  });

  it('reruns a step when an empty class folder is added to its input folder', () => {
    expect(repo.read('.pipekit/out/classes/count')).toBe('1\n');
    mkdirSync(repo.path('data/images/cat'));
    const again = run();
    expect(again.executed).toEqual(['classes']);
    expect(repo.read('.pipekit/out/classes/count')).toBe('2\n');
  });

  it('gives a consumer the restored output a fresh run gave it', () => {
    rmSync(repo.path('.pipekit/out'), { recursive: true });
    const again = run('--force', 'use');
    expect(again.code, again.stderr + again.stdout).toBe(0);
    expect(again.executed).toEqual(['use']);
    expect(repo.read('.pipekit/out/use/said')).toBe('ok\n');
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

/**
 * `tool` keys on an environment variable, `local` on an untracked file in the root, `fit` on
 * an untracked file in its component folder (outside its `code`) and on its declared env;
 * `plain` declares no key command. Every step appends its id to $PIPEKIT_TEST_LOG and every
 * run of the shared key command appends a line to $PROBE_LOG.
 */
const FILES: Record<string, string> = {
  'pipeline.yml': `name: keyed
inputs:
  size: { type: string, default: small }
steps:
  tool:
    run: |
      echo tool >> "$PIPEKIT_TEST_LOG"
      echo built > \${{ outputs.out }}
    outputs:
      out: { type: file }
    cache:
      key-commands: ['echo "$TOOL_VERSION"']
  local:
    run: echo local >> "$PIPEKIT_TEST_LOG"
    cache:
      key-commands: [cat version.txt]
  fit:
    uses: ./steps/fit
    with:
      size: \${{ inputs.size }}
  plain:
    run: echo plain >> "$PIPEKIT_TEST_LOG"
`,
  'steps/fit/component.yml': `inputs:
  size: { type: string }
code: ['*.sh']
env:
  MODEL: \${{ inputs.size }}
  FLAVOR: mint
run: ./fit.sh
cache:
  key-commands:
    - test "$FLAVOR" = mint && echo "$MODEL" && cat tool.txt
`,
  'steps/fit/fit.sh': '#!/usr/bin/env bash\necho fit >> "$PIPEKIT_TEST_LOG"\n',
  '.gitignore': '.pipekit/\nversion.txt\nsteps/fit/tool.txt\n',
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  executed: string[];
}

describe('key commands: the output of a declared command is part of a step key', () => {
  let repo: TestRepo;
  let scratch: string;
  const log = () => join(scratch, 'executed.txt');

  const run = (args: string[] = [], env: Record<string, string> = {}): Run => {
    writeFileSync(log(), '');
    const r = repo.cli(['run', ...args], { PIPEKIT_TEST_LOG: log(), TOOL_VERSION: '1', ...env });
    const executed = readFileSync(log(), 'utf8').split('\n').filter(Boolean).sort();
    return { ...r, executed };
  };

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'pipekit-keycmd-'));
    repo = makeRepo(FILES);
    repo.write({ 'version.txt': 'v1\n', 'steps/fit/tool.txt': 'tool 1\n' });
    const first = run();
    expect(first.code, first.stderr).toBe(0);
    expect(first.executed).toEqual(['fit', 'local', 'plain', 'tool']);
  });
  afterEach(() => {
    repo.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('reruns nothing while every output is the same, trailing whitespace aside', () => {
    expect(run().executed).toEqual([]);
    repo.write({ 'version.txt': 'v1\n\n  \n' });
    expect(run().executed).toEqual([]);
  });

  it('reruns exactly the step whose command output changed', () => {
    expect(run([], { TOOL_VERSION: '2' }).executed).toEqual(['tool']);
    repo.write({ 'version.txt': 'v2\n' });
    expect(run([], { TOOL_VERSION: '2' }).executed).toEqual(['local']);
    // Run in the component's folder in the repository, with the step's declared env.
    repo.write({ 'steps/fit/tool.txt': 'tool 2\n' });
    expect(run([], { TOOL_VERSION: '2' }).executed).toEqual(['fit']);
    expect(run(['--set', 'size=large'], { TOOL_VERSION: '2' }).executed).toEqual(['fit']);
    // Back to the first outputs: the first entries are found again.
    repo.write({ 'version.txt': 'v1\n', 'steps/fit/tool.txt': 'tool 1\n' });
    expect(run().executed).toEqual([]);
  });

  it('explain names the command whose output changed', () => {
    const explained = repo.cli(['explain', 'tool'], { TOOL_VERSION: '2' });
    expect(explained.code, explained.stderr).toBe(0);
    expect(explained.stdout).toMatch(
      /^tool: run \(key command `echo "\$TOOL_VERSION"`: output changed \("1" -> "2"\)\)\n/,
    );
    expect(explained.stdout).toContain(
      '  - key command `echo "$TOOL_VERSION"`: output changed ("1" -> "2")\n',
    );
    expect(repo.cli(['explain', 'tool'], { TOOL_VERSION: '1' }).stdout).toMatch(/^tool: cached/);
  });
});

describe('key commands: how often and where they run, and how they fail', () => {
  let repo: TestRepo;
  let scratch: string;
  afterEach(() => {
    repo.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  const setUp = (files: Record<string, string>): void => {
    scratch = mkdtempSync(join(tmpdir(), 'pipekit-keycmd-'));
    repo = makeRepo(files);
  };
  const env = () => ({
    PIPEKIT_TEST_LOG: join(scratch, 'executed.txt'),
    PROBE_LOG: join(scratch, 'probes.txt'),
  });
  const probes = (): number => {
    try {
      return readFileSync(join(scratch, 'probes.txt'), 'utf8').split('\n').filter(Boolean).length;
    } catch {
      return 0;
    }
  };

  it('runs a command once per run however many steps declare it', () => {
    const step = (id: string) => `  ${id}:
    run: echo ${id} > \${{ outputs.out }}
    outputs:
      out: { type: file }
    cache:
      key-commands: ['echo probed >> "$PROBE_LOG"; echo v1']
`;
    setUp({ 'pipeline.yml': `name: shared\nsteps:\n${step('a')}${step('b')}${step('c')}` });
    // Once for the three keys, then once after each step that ran, to check that it did not
    // change what the command prints.
    const first = repo.cli(['run'], env());
    expect(first.code, first.stderr).toBe(0);
    expect(probes()).toBe(1 + 3);
    expect(repo.cli(['run'], env()).code).toBe(0);
    expect(probes()).toBe(4 + 1);
    expect(repo.cli(['plan'], env()).code).toBe(0);
    expect(probes()).toBe(5 + 1);
  });

  it('a step that changes what its key command prints keeps its outputs but saves nothing', () => {
    setUp({
      'pipeline.yml': `name: upgrade
steps:
  train:
    run: |
      echo train >> "$PIPEKIT_TEST_LOG"
      echo 2.0 > "$LIBRARY_VERSION_FILE"
      echo model > \${{ outputs.model }}
    outputs:
      model: { type: file }
    cache:
      key-commands: ['cat "$LIBRARY_VERSION_FILE"']
`,
    });
    const version = join(scratch, 'version');
    writeFileSync(version, '1.0\n');
    const run = () => {
      writeFileSync(join(scratch, 'executed.txt'), '');
      const r = repo.cli(['run'], { ...env(), LIBRARY_VERSION_FILE: version });
      const executed = readFileSync(join(scratch, 'executed.txt'), 'utf8');
      return { ...r, executed };
    };
    // Keyed with 1.0, run with 2.0 (a `setup: pip install -U` does this): saved under the
    // 1.0 key, its model would be a false hit wherever 1.0 is installed.
    const first = run();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(
      'not saved: the output of key command `cat "$LIBRARY_VERSION_FILE"` changed while it ran',
    );
    expect(repo.read('.pipekit/out/train/model')).toBe('model\n');
    expect(run().executed).toBe('train\n'); // keyed with 2.0 now, and saved
    expect(run().executed).toBe('');
    writeFileSync(version, '1.0\n');
    const back = run();
    expect(back.executed).toBe('train\n');
  });

  const FAILING = {
    'pipeline.yml': `name: failing
steps:
  train:
    run: echo trained > \${{ outputs.model }}
    outputs:
      model: { type: file }
    cache:
      key-commands: ['echo "no GPU on this machine" >&2; nvidia-smi-stand-in --query']
  evaluate:
    run: cat \${{ inputs.model }}
    inputs:
      model: { type: path }
    with:
      model: \${{ steps.train.outputs.model }}
  lint:
    run: echo lint >> "$PIPEKIT_TEST_LOG"
`,
  };

  it('a failing command fails its step with its stderr; independent steps still run', () => {
    setUp(FAILING);
    const r = repo.cli(['run', '--keep-going', '--jobs', '1'], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'train failed: key command `echo "no GPU on this machine" >&2; nvidia-smi-stand-in --query` failed (exit 127):',
    );
    expect(r.stderr).toContain('no GPU on this machine');
    expect(r.stderr).toMatch(/nvidia-smi-stand-in: command not found/);
    expect(r.stdout).toMatch(/evaluate\s+skipped/);
    expect(readFileSync(join(scratch, 'executed.txt'), 'utf8')).toBe('lint\n');
  });

  it('pipekit plan and explain say which step and command failed, without a stack trace', () => {
    setUp(FAILING);
    for (const args of [['plan'], ['explain', 'lint']]) {
      const r = repo.cli(args, env());
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(
          `^pipekit ${args[0]}: step train: key command \`echo .*\` failed \\(exit 127\\):`,
        ),
      );
      expect(r.stderr).toContain('no GPU on this machine');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('an output past 64 KiB fails the step', () => {
    setUp({
      'pipeline.yml': `name: big
steps:
  big:
    run: echo big
    cache:
      key-commands: ["head -c 70000 /dev/zero | tr '\\\\0' a"]
`,
    });
    const r = repo.cli(['run'], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/big failed: key command `head -c 70000 .*` printed more than 64 KiB/);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { newStepFiles } from '../../src/scaffold/step-files.js';

describe('newStepFiles: stubs that run as component.yml calls them', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the stub with the arguments of component.yml's `run`, each input a real path. */
  function runStub(language: 'python' | 'bash', inputs: string[]): string {
    dir = mkdtempSync(join(tmpdir(), 'pipekit-stub-'));
    const files = newStepFiles({
      id: 'my-step',
      language,
      inputs: inputs.map((name) => ({ name, step: 'up', output: name })),
    });
    for (const file of files) writeFileSync(join(dir, file.name), file.text);
    const component = parse(files[0]?.text ?? '') as { run: string; inputs?: object };
    expect(Object.keys(component.inputs ?? {})).toEqual(inputs);
    const values: Record<string, string> = { result: join(dir, 'out') };
    mkdirSync(values.result as string);
    for (const name of inputs) {
      values[name] = join(dir, `in-${name}`);
      mkdirSync(join(values[name] as string, 'sub'), { recursive: true });
      writeFileSync(join(values[name] as string, 'sub', 'f.txt'), 'four');
    }
    // Each `${{ inputs.NAME }}` as one word, replaced by its path.
    const words = component.run.match(/\$\{\{ [^}]+ \}\}|\S+/g) ?? [];
    const argv = words.map((word) => {
      const hole = /^\$\{\{ (?:inputs|outputs)\.(\w+) \}\}$/.exec(word);
      return hole ? (values[hole[1] as string] as string) : word;
    });
    execFileSync(argv[0] as string, argv.slice(1), { cwd: dir });
    const out = language === 'python' ? 'summary.json' : 'summary.txt';
    return readFileSync(join(values.result as string, out), 'utf8');
  }

  it('python: an input named like a Python keyword still works', () => {
    expect(JSON.parse(runStub('python', ['class', 'model']))).toEqual({
      class: { 'sub/f.txt': 4 },
      model: { 'sub/f.txt': 4 },
    });
  });

  it('python and bash without inputs write their output', () => {
    expect(JSON.parse(runStub('python', []))).toEqual({});
    rmSync(dir, { recursive: true, force: true });
    expect(runStub('bash', [])).toBe('no inputs\n');
  });

  it('bash lists each input folder, sorted', () => {
    expect(runStub('bash', ['data'])).toBe('data:\n  sub/f.txt 4\n');
  });
});

import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

/**
 * A file name that is not valid UTF-8 (Linux allows any byte but `/` and NUL) cannot be keyed
 * by name: Node reads it with U+FFFD in place of the bad byte, so two names could read the
 * same and no path made from it reaches the file. pipekit refuses it where it is bound.
 */
const badName = (repo: TestRepo, dir: string): void =>
  writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/${dir}/bad`), Buffer.from([0xff])]), 'x');

const noStackTrace = (text: string): void => expect(text).not.toMatch(/\n\s+at .*:\d+/);

describe('a file name that is not valid UTF-8', () => {
  let repo: TestRepo;
  afterEach(() => rmSync(repo.dir, { recursive: true, force: true }));

  it('in a path input fails its step, located at the step and naming the input', () => {
    repo = makeRepo({
      'pipeline.yml': `name: u
steps:
  a:
    run: ls \${{ inputs.d }} > \${{ outputs.o }}
    inputs: { d: { type: path } }
    outputs: { o: { type: file } }
    with: { d: data }
`,
      'data/ok.txt': 'ok\n',
    });
    badName(repo, 'data');
    const r = repo.cli(['run']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '✗ a failed: pipeline.yml:3:3: step a, input d (data): the file name data/bad\\xff is not valid UTF-8',
    );
    expect(r.stdout).toMatch(/1 steps: .*1 failed/);
    noStackTrace(r.stderr);
  });

  it('in a component folder (its default code) fails its step, located at the step', () => {
    repo = makeRepo({
      'pipeline.yml': 'name: u\nsteps:\n  c:\n    uses: ./steps/c\n',
      'steps/c/component.yml': 'run: echo hi\n',
      'steps/c/ok.sh': 'true\n',
    });
    badName(repo, 'steps/c');
    const r = repo.cli(['run']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'pipeline.yml:3:3: step c, its code: the file name steps/c/bad\\xff is not valid UTF-8',
    );
    noStackTrace(r.stderr);
  });

  it('reached by a code pattern is a located diagnostic at the pattern', () => {
    repo = makeRepo({
      'pipeline.yml': 'name: u\nsteps:\n  c:\n    uses: ./steps/c\n',
      'steps/c/component.yml': 'run: echo hi\ncode: ["*"]\n',
      'steps/c/ok.sh': 'true\n',
    });
    badName(repo, 'steps/c');
    for (const command of ['validate', 'run']) {
      const r = repo.cli([command]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^steps\/c\/component\.yml:2:8 path-not-utf8 `\*` reaches the file name steps\/c\/bad\\xff, which is not valid UTF-8/m,
      );
      noStackTrace(r.stderr);
    }
  });

  it('in an output fails the step that wrote it, and saves nothing', () => {
    repo = makeRepo({
      'pipeline.yml': `name: u
steps:
  w:
    run: printf x > "\${{ outputs.d }}/bad$(printf '\\377')"
    outputs: { d: { type: dir } }
`,
    });
    const r = repo.cli(['run']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/✗ w failed: the file name \S*bad\\xff is not valid UTF-8/);
    noStackTrace(r.stderr);
    // Nothing was saved: the next run runs it again, and nothing is left in scratch space.
    expect(repo.cli(['run']).stderr).toMatch(/✗ failed\s+w .*the file name/);
    expect(readdirSync(repo.path('.pipekit/tmp'))).toEqual([]);
  });

  it('is told apart from a name that holds U+FFFD written in UTF-8, which is keyed as any other', () => {
    repo = makeRepo({
      'pipeline.yml': `name: u
steps:
  a:
    run: ls \${{ inputs.d }} > \${{ outputs.o }}
    inputs: { d: { type: path } }
    outputs: { o: { type: file } }
    with: { d: data }
`,
      'data/odd\uFFFDname.txt': 'x\n',
    });
    const r = repo.cli(['run']);
    expect(r.code, r.stderr).toBe(0);
    expect(repo.read('.pipekit/out/a/o')).toBe('odd\uFFFDname.txt\n');
  });
});

import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFilesTogether } from '../../src/workspace/atomic-write.js';

describe('writeFilesTogether', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates new files in new folders and replaces old ones, with their modes', () => {
    dir = mkdtempSync(join(tmpdir(), 'pipekit-write-'));
    writeFileSync(join(dir, 'pipeline.yml'), 'old\n');
    writeFilesTogether([
      { path: join(dir, 'steps/a/run.sh'), content: 'echo\n', executable: true, create: true },
      { path: join(dir, 'steps/a/component.yml'), content: 'run: x\n', create: true },
      { path: join(dir, 'pipeline.yml'), content: 'new\n', create: false },
    ]);
    expect(readFileSync(join(dir, 'pipeline.yml'), 'utf8')).toBe('new\n');
    expect(readFileSync(join(dir, 'steps/a/component.yml'), 'utf8')).toBe('run: x\n');
    expect(statSync(join(dir, 'steps/a/run.sh')).mode & 0o111).not.toBe(0);
    expect(statSync(join(dir, 'steps/a/component.yml')).mode & 0o111).toBe(0);
    expect(readdirSync(join(dir, 'steps/a')).sort()).toEqual(['component.yml', 'run.sh']);
  });

  it('a new file that exists by the time of writing: nothing changed, nothing left behind', () => {
    dir = mkdtempSync(join(tmpdir(), 'pipekit-write-'));
    writeFileSync(join(dir, 'pipeline.yml'), 'old\n');
    writeFileSync(join(dir, 'CODEOWNERS'), 'theirs\n');
    expect(() =>
      writeFilesTogether([
        { path: join(dir, 'steps/a/component.yml'), content: 'run: x\n', create: true },
        { path: join(dir, 'CODEOWNERS'), content: 'mine\n', create: true },
        { path: join(dir, 'pipeline.yml'), content: 'new\n', create: false },
      ]),
    ).toThrow(/EEXIST/);
    expect(readFileSync(join(dir, 'pipeline.yml'), 'utf8')).toBe('old\n');
    expect(readFileSync(join(dir, 'CODEOWNERS'), 'utf8')).toBe('theirs\n');
    expect(existsSync(join(dir, 'steps'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['CODEOWNERS', 'pipeline.yml']);
  });
});

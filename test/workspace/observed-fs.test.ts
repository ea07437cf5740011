import { mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookAgain } from '../../src/workspace/fs-signature.js';
import {
  lstatSync,
  readFileSync,
  readdirSync,
  realpathSync,
  startRecording,
  statSync,
  stopRecording,
} from '../../src/workspace/observed-fs.js';

let dir: string;
const OLD = new Date(Date.now() - 3600_000);

beforeEach(() => {
  dir = realpathSync.native(mkdtempSync(join(tmpdir(), 'pipekit-looks-')));
  writeFileSync(join(dir, 'a.txt'), 'a\n');
});

afterEach(() => {
  stopRecording();
  rmSync(dir, { recursive: true, force: true });
});

describe('the looks a run records', () => {
  it('hold what a look sees again while nothing changes, and differ after any change', () => {
    const recorder = startRecording();
    readFileSync(join(dir, 'a.txt'), 'utf8');
    readdirSync(dir);
    expect(statSync(join(dir, 'gone'), { throwIfNoEntry: false })).toBeUndefined();
    stopRecording();
    const looks = recorder.looks(Date.now() + 1000);
    expect(Array.isArray(looks)).toBe(true);
    const same = (): boolean =>
      (looks as [string, string, string | null][]).every(
        ([kind, path, seen]) => lookAgain(kind as 's', path) === seen,
      );
    expect(same()).toBe(true);
    writeFileSync(join(dir, 'gone'), ''); // a path seen missing appears (and the folder moves)
    expect(same()).toBe(false);
  });

  it('are refused while anything looked at changed within the racy window', () => {
    const recorder = startRecording();
    statSync(join(dir, 'a.txt'));
    stopRecording();
    // a.txt was written just now: a change in the same timestamp tick would not show
    expect(recorder.looks(Date.now() - 2000)).toMatch(/a\.txt changed too recently/);
    expect(Array.isArray(recorder.looks(Date.now() + 1000))).toBe(true);
  });

  it('are refused when a path looked different twice in one run', () => {
    const recorder = startRecording();
    statSync(join(dir, 'a.txt'));
    writeFileSync(join(dir, 'a.txt'), 'changed\n');
    statSync(join(dir, 'a.txt'));
    stopRecording();
    expect(recorder.looks(Date.now() + 1000)).toMatch(/a\.txt changed while the run read it/);
  });

  it('keep a stat through a link beside the link itself, and one look at a plain file', () => {
    utimesSync(join(dir, 'a.txt'), OLD, OLD);
    symlinkSync('a.txt', join(dir, 'link'));
    const recorder = startRecording();
    for (const name of ['a.txt', 'link']) {
      statSync(join(dir, name));
      lstatSync(join(dir, name));
    }
    stopRecording();
    const looks = recorder.looks(Date.now() + 1000) as [string, string, string | null][];
    expect(looks.map(([kind, path]) => `${kind} ${path.slice(dir.length + 1)}`).sort()).toEqual([
      'l a.txt',
      'l link',
      's link',
    ]);
  });

  it('record nothing when no recorder is on', () => {
    const recorder = startRecording();
    stopRecording();
    statSync(join(dir, 'a.txt'));
    expect(recorder.looks(Date.now() + 1000)).toEqual([]);
  });
});

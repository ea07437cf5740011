import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/repo.js';

/**
 * The hostile-input corpus: every file of test/fixtures/hostile (a `NAME.yml`, or a folder
 * `NAME/` holding `pipeline.yml` and what it names), and a few made here because they are
 * large or not files at all, goes through `pipekit validate` in its own process with a heap
 * of 512 MB. Each must end in the diagnostic expected.json names (its code, file, line and
 * column), or for a path that is not a pipeline file a clear one-line refusal: never a stack
 * trace, a crash, a hang or an acceptance. Each must take under 2 s of processor time (user +
 * system, as bash's `time` counts it: the machine's load does not inflate it).
 *
 * HOSTILE_CLI=path/to/cli.js runs the corpus against another build, to count what it does.
 */
const FIXTURES = resolve('test/fixtures/hostile');
const cli = resolve(process.env.HOSTILE_CLI ?? CLI);
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<
  string,
  string
>;

type Verdict = 'located' | 'clear' | 'stack trace' | 'hang' | 'crash' | 'accepted';

interface Outcome {
  verdict: Verdict;
  /** `code file:line:col` of the first located diagnostic, or `clear: <message>`. */
  first: string;
  cpuSeconds: number;
  stderr: string;
}

/** Cases made at test time: a name, and how to make its `--pipeline` argument in `dir`. */
const generated: Record<string, (dir: string) => string> = {
  'gen--40000-unknown-keys': (dir) =>
    write(dir, 'gen--40000-unknown-keys.yml', unknownKeys(40_000)),
  'gen--4000-bad-references-one-line': (dir) => {
    const refs = Array.from({ length: 4000 }, (_, i) => `\${{ steps.s${i}.outputs.o }}`);
    return write(
      dir,
      'gen--4000-bad-references-one-line.yml',
      stepWith(`run: echo ${refs.join(' ')}`),
    );
  },
  'gen--5000-steps-unknown-runner': (dir) => {
    const steps = Array.from(
      { length: 5000 },
      (_, i) => `  s${i}:\n    run: echo\n    runner: gpu\n`,
    );
    return write(dir, 'gen--5000-steps-unknown-runner.yml', `name: t\nsteps:\n${steps.join('')}`);
  },
  'gen--1mb-line-then-error': (dir) =>
    write(
      dir,
      'gen--1mb-line-then-error.yml',
      `# ${'x'.repeat(1 << 20)}\n${stepWith('run: echo hi', 'bogus: 1')}`,
    ),
  'gen--1mb-value-error': (dir) =>
    write(
      dir,
      'gen--1mb-value-error.yml',
      stepWith(`run: echo \${{ inputs.${'x'.repeat(1 << 20)} }}`),
    ),
  'gen--over-16mb': (dir) =>
    write(
      dir,
      'gen--over-16mb.yml',
      `# ${'x'.repeat(16 * 1024 * 1024)}\n${stepWith('run: echo hi')}`,
    ),
  'gen--component-over-16mb': (dir) => {
    write(
      dir,
      'gen--component-over-16mb/steps/a/component.yml',
      `# ${'x'.repeat(16 << 20)}\nrun: echo\n`,
    );
    return write(
      dir,
      'gen--component-over-16mb/pipeline.yml',
      'name: t\nsteps:\n  a:\n    uses: ./steps/a\n',
    );
  },
  'gen--component-fifo': (dir) => {
    mkdirSync(join(dir, 'gen--component-fifo/steps/a'), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'gen--component-fifo/steps/a/component.yml')]);
    return write(
      dir,
      'gen--component-fifo/pipeline.yml',
      'name: t\nsteps:\n  a:\n    uses: ./steps/a\n',
    );
  },
  'notfile--directory': (dir) => {
    mkdirSync(join(dir, 'notfile--directory.yml'));
    return 'notfile--directory.yml';
  },
  'notfile--dev-zero': () => '/dev/zero',
  'notfile--dev-null': () => '/dev/null',
  'notfile--fifo': (dir) => {
    execFileSync('mkfifo', [join(dir, 'notfile--fifo.yml')]);
    return 'notfile--fifo.yml';
  },
  'notfile--missing': () => 'notfile--missing.yml',
  'notfile--link-to-dev-zero': (dir) => {
    symlinkSync('/dev/zero', join(dir, 'notfile--link-to-dev-zero.yml'));
    return 'notfile--link-to-dev-zero.yml';
  },
  'notfile--dangling-link': (dir) => {
    symlinkSync('nowhere', join(dir, 'notfile--dangling-link.yml'));
    return 'notfile--dangling-link.yml';
  },
};

function write(dir: string, rel: string, text: string): string {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), text);
  return rel;
}

/** A one-step pipeline whose step has `lines`. */
function stepWith(...lines: string[]): string {
  return `name: t\nsteps:\n  a:\n${lines.map((l) => `    ${l}\n`).join('')}`;
}

function unknownKeys(n: number): string {
  const keys = Array.from({ length: n }, (_, i) => `    k${i}: ${i}\n`).join('');
  return `name: t\nsteps:\n  a:\n    run: echo hi\n${keys}`;
}

/** Runs `pipekit validate` on one case, timed by bash, killed after 30 s (a hang). */
function validate(cwd: string, pipeline: string): Promise<Outcome> {
  const script = `TIMEFORMAT='%3U %3S'; { time node --max-old-space-size=512 "$0" validate --pipeline "$1" 2>&3 >/dev/null; } 3>&2 2>"$2"; echo "exit=$?" >> "$2"`;
  const timing = join(cwd, `.time-${Math.random().toString(36).slice(2)}`);
  return new Promise((done) => {
    const child = spawn('bash', ['-c', script, cli, pipeline, timing], { cwd, stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      const tail = existsSync(timing) ? readFileSync(timing, 'utf8') : '';
      rmSync(timing, { force: true });
      const [user = 'NaN', sys = 'NaN'] = tail.split('\n')[0]!.split(' ');
      const exit = Number(/exit=(\d+)/.exec(tail)?.[1] ?? NaN);
      done(classify(stderr, signal ? NaN : exit, signal !== null, Number(user) + Number(sys)));
    });
  });
}

function classify(stderr: string, exit: number, killed: boolean, cpuSeconds: number): Outcome {
  const base = { cpuSeconds, stderr };
  if (killed) return { ...base, verdict: 'hang', first: '' };
  if (/^\s+at .+:\d+:\d+\)?$/m.test(stderr) || /\b(RangeError|TypeError)\b/.test(stderr)) {
    return { ...base, verdict: 'stack trace', first: '' };
  }
  if (exit !== 0 && exit !== 1 && exit !== 2)
    return { ...base, verdict: 'crash', first: `exit ${exit}` };
  if (exit === 0) return { ...base, verdict: 'accepted', first: '' };
  const located = /^(\S.*?):(\d+):(\d+) ([a-z][a-z-]*) /m.exec(stderr);
  if (located) {
    const [, file, line, col, code] = located;
    return { ...base, verdict: 'located', first: `${code} ${file}:${line}:${col}` };
  }
  const lines = stderr.trim().split('\n');
  if (lines.length === 1 && /^pipekit validate: /.test(lines[0]!)) {
    return {
      ...base,
      verdict: 'clear',
      first: `clear: ${lines[0]!.replace(/^pipekit validate: /, '')}`,
    };
  }
  return { ...base, verdict: 'crash', first: stderr.slice(0, 200) };
}

/** Every case: name -> `--pipeline` argument, relative to the copy of the corpus. */
function cases(dir: string): Record<string, string> {
  const all: Record<string, string> = {};
  for (const entry of readdirSync(FIXTURES, { withFileTypes: true })) {
    if (entry.name === 'expected.json') continue;
    if (entry.isDirectory()) all[entry.name] = `${entry.name}/pipeline.yml`;
    else all[entry.name.replace(/\.yml$/, '')] = entry.name;
  }
  for (const [name, make] of Object.entries(generated)) all[name] = make(dir);
  return all;
}

let dir: string;
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-hostile-')));
  cpSync(FIXTURES, dir, { recursive: true, verbatimSymlinks: true });
  const queue = Object.entries(cases(dir));
  // Two at a time: the machine's cores, not a race between cases.
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      outcomes.set(next[0], await validate(dir, next[1]));
    }
  };
  await Promise.all([worker(), worker()]);
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  const counts: Record<string, number> = {};
  for (const o of outcomes.values()) counts[o.verdict] = (counts[o.verdict] ?? 0) + 1;
  const slowest = [...outcomes].sort((a, b) => b[1].cpuSeconds - a[1].cpuSeconds)[0];
  console.log(
    `hostile corpus: ${outcomes.size} cases ${JSON.stringify(counts)}; most processor time: ${slowest?.[0]} ${slowest?.[1].cpuSeconds}s`,
  );
  if (process.env.HOSTILE_WRITE) {
    const table = Object.fromEntries(
      [...outcomes]
        .sort()
        .map(([n, o]) => [
          n,
          o.verdict === 'located' || o.verdict === 'clear' ? o.first : o.verdict,
        ]),
    );
    writeFileSync(process.env.HOSTILE_WRITE, `${JSON.stringify(table, null, 2)}\n`);
  }
});

describe('the hostile-input corpus', () => {
  it('holds at least 150 fixture files, and expects an answer for every case', () => {
    const files = readdirSync(FIXTURES, { recursive: true }).length;
    expect(files).toBeGreaterThanOrEqual(150);
    expect(Object.keys(expected).sort()).toEqual([...outcomes.keys()].sort());
  });

  it('answers every case with its located diagnostic or a clear refusal, within 2 s of processor time', () => {
    const wrong: string[] = [];
    for (const [name, outcome] of outcomes) {
      const want = expected[name];
      const got =
        outcome.verdict === 'located' || outcome.verdict === 'clear'
          ? outcome.first
          : outcome.verdict;
      if (got !== want)
        wrong.push(`${name}: expected ${want}, got ${got}\n${outcome.stderr.slice(0, 600)}`);
      else if (!(outcome.cpuSeconds < 2))
        wrong.push(`${name}: ${outcome.cpuSeconds} s of processor time`);
    }
    expect(wrong).toEqual([]);
  });
});

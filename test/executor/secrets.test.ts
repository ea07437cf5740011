import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

// Characters a shell or a regular expression would treat specially, so a mask that works on
// text patterns or a value that reaches a script unquoted would show.
const HF_TOKEN = 'hf_S3cr3t.value+/=$(echo no)*';
const WANDB_KEY = 'wandb-0f1e2d3c4b5a';

/**
 * `collect` declares HF_TOKEN in its component and WANDB_KEY in the pipeline; `other` (no
 * edge to it) and `train` (reads its output) declare none; `oidc` asks for an OIDC token.
 * Every process dumps its environment into $DUMP_DIR, outside the repository.
 */
const FILES: Record<string, string> = {
  'pipeline.yml': `name: secrets
steps:
  collect:
    uses: ./steps/collect
    secrets: [WANDB_KEY]
  other:
    run: |
      env > "$DUMP_DIR/other.env"
      echo other > \${{ outputs.out }}
    outputs: { out: { type: file } }
  train:
    run: |
      env > "$DUMP_DIR/train.env"
      cat \${{ inputs.data }} > \${{ outputs.model }}
    inputs: { data: { type: path } }
    outputs: { model: { type: file } }
    with:
      data: \${{ steps.collect.outputs.data }}
  oidc:
    run: env > "$DUMP_DIR/oidc.env"
    permissions: { id-token: write }
`,
  'steps/collect/component.yml': `secrets: [HF_TOKEN]
outputs:
  data: { type: file }
cache:
  key-commands: ['env > "$DUMP_DIR/key-command.env"; echo v1']
setup: env > "$DUMP_DIR/collect-setup.env"
run: |
  env > "$DUMP_DIR/collect.env"
  echo "token: $HF_TOKEN"
  # the value in two writes, the second after a pause: two chunks of the pipe
  printf '%s' "\${HF_TOKEN:0:5}" >&2; sleep 0.2; printf '%s\\n' "\${HF_TOKEN:5}" >&2
  echo "key: $WANDB_KEY and again $WANDB_KEY"
  echo rows > \${{ outputs.data }}
`,
  '.gitignore': '.pipekit/\n',
};

/** Every file under `dir` whose bytes contain `value`. */
function filesContaining(dir: string, value: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (readFileSync(path).includes(value)) found.push(path);
  }
  return found;
}

/** Steps that ran, from the summary table of `pipekit run`. */
const ran = (stdout: string): string[] =>
  [...stdout.matchAll(/^(\S+)\s+ran\b/gm)].map((m) => m[1]!).sort();

describe('secrets: given to the declaring step alone, never in a key, never printed', () => {
  let repo: TestRepo;
  let dump: string;
  const dumped = (name: string): string => readFileSync(join(dump, `${name}.env`), 'utf8');
  const dumpedNames = (): string[] => readdirSync(dump).sort();
  const run = (args: string[], env: Record<string, string>) =>
    repo.cli(['run', ...args], { DUMP_DIR: dump, UNRELATED: 'kept', ...env });

  beforeEach(() => {
    // A test that needs a secret to be missing relies on the test runner not having it.
    expect(process.env.HF_TOKEN).toBeUndefined();
    expect(process.env.WANDB_KEY).toBeUndefined();
    dump = mkdtempSync(join(tmpdir(), 'pipekit-secrets-'));
    repo = makeRepo(FILES);
  });
  afterEach(() => {
    repo.remove();
    rmSync(dump, { recursive: true, force: true });
  });

  it("gives a step exactly its declared secrets: its setup and run, not other steps' or key commands", () => {
    const r = run([], { HF_TOKEN, WANDB_KEY });
    expect(r.code, r.stderr).toBe(0);
    expect(ran(r.stdout)).toEqual(['collect', 'oidc', 'other', 'train']);
    for (const name of ['collect', 'collect-setup']) {
      expect(dumped(name)).toContain(`\nHF_TOKEN=${HF_TOKEN}\n`);
      expect(dumped(name)).toContain(`\nWANDB_KEY=${WANDB_KEY}\n`);
    }
    for (const name of ['other', 'train', 'key-command', 'oidc']) {
      expect(dumped(name), name).toContain('\nUNRELATED=kept\n');
      expect(dumped(name), name).not.toMatch(/^(HF_TOKEN|WANDB_KEY)=/m);
    }
  });

  it('keeps the runner credentials from every step, and the OIDC request from steps not asking for it', () => {
    const runner = {
      ACTIONS_RUNTIME_TOKEN: 'runtime-token',
      ACTIONS_RESULTS_URL: 'https://results.example/',
      ACTIONS_CACHE_URL: 'https://cache.example/',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/',
    };
    const r = run([], { HF_TOKEN, WANDB_KEY, ...runner });
    expect(r.code, r.stderr).toBe(0);
    for (const name of ['collect', 'other', 'train', 'key-command', 'oidc']) {
      expect(dumped(name), name).not.toMatch(/^ACTIONS_(RUNTIME_TOKEN|RESULTS_URL|CACHE_URL)=/m);
    }
    for (const name of ['collect', 'other', 'train', 'key-command']) {
      expect(dumped(name), name).not.toMatch(/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)=/m);
    }
    expect(dumped('oidc')).toContain('\nACTIONS_ID_TOKEN_REQUEST_TOKEN=oidc-request-token\n');
    expect(dumped('oidc')).toContain('\nACTIONS_ID_TOKEN_REQUEST_URL=https://oidc.example/\n');
  });

  it('masks the values a step prints in its log, and nothing pipekit writes or prints holds one', () => {
    const r = run([], { HF_TOKEN, WANDB_KEY });
    expect(r.code, r.stderr).toBe(0);
    const [runId] = readdirSync(repo.path('.pipekit/runs'));
    const log = repo.read(`.pipekit/runs/${runId}/collect.log`);
    expect(log).toContain('token: ***\n');
    expect(log).toContain('key: *** and again ***\n');
    // The two writes of the split value are masked as one.
    expect(log).toMatch(/^\*\*\*$/m);

    const plan = repo.cli(['plan', '--json'], { HF_TOKEN, WANDB_KEY });
    const explain = repo.cli(['explain', 'collect'], { HF_TOKEN, WANDB_KEY });
    const graph = repo.cli(['graph', '--format', 'json'], { HF_TOKEN, WANDB_KEY });
    for (const value of [HF_TOKEN, WANDB_KEY, HF_TOKEN.slice(5)]) {
      expect(filesContaining(repo.dir, value)).toEqual([]);
      for (const out of [r, plan, explain, graph]) {
        expect(out.stdout).not.toContain(value);
        expect(out.stderr).not.toContain(value);
      }
    }
    // The names a step gets are no secret.
    const planned = JSON.parse(plan.stdout) as { steps: { id: string; secrets?: string[] }[] };
    expect(planned.steps.find((s) => s.id === 'collect')?.secrets).toEqual([
      'HF_TOKEN',
      'WANDB_KEY',
    ]);
    expect(planned.steps.find((s) => s.id === 'other')?.secrets).toBeUndefined();
    expect(explain.stdout).toContain('secrets: HF_TOKEN, WANDB_KEY');
  });

  it('masks a failing step in the log tail the CLI prints', () => {
    repo.write({
      'pipeline.yml': `name: leak
steps:
  leak:
    run: |
      echo "about to fail with $HF_TOKEN"
      exit 3
    secrets: [HF_TOKEN]
`,
    });
    const r = run([], { HF_TOKEN });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('about to fail with ***');
    for (const out of [r.stdout, r.stderr]) expect(out).not.toContain(HF_TOKEN);
    expect(filesContaining(repo.dir, HF_TOKEN)).toEqual([]);
  });

  it('masks a value quoted in a warning about a metric', () => {
    repo.write({
      'pipeline.yml': `name: metric
steps:
  score:
    run: |
      printf '{"auc": 0.9, "token": "%s"}' "$HF_TOKEN" > \${{ outputs.m }}
    outputs: { m: { type: metrics } }
    secrets: [HF_TOKEN]
`,
    });
    const r = run([], { HF_TOKEN });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('⚠ score: metrics m: token is not a number ("***")');
    for (const out of [r.stdout, r.stderr]) expect(out).not.toContain(HF_TOKEN);
    const [runId] = readdirSync(repo.path('.pipekit/runs'));
    expect(repo.read(`.pipekit/runs/${runId}/score.log`)).not.toContain(HF_TOKEN);
  });

  it('ends a step whose background process keeps its (masked) output open', () => {
    repo.write({
      'pipeline.yml': `name: background
steps:
  serve:
    run: |
      sleep 8 &
      echo "started with $HF_TOKEN"
    secrets: [HF_TOKEN]
`,
    });
    const started = Date.now();
    const r = run([], { HF_TOKEN });
    expect(r.code, r.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(6_000);
    const [runId] = readdirSync(repo.path('.pipekit/runs'));
    expect(repo.read(`.pipekit/runs/${runId}/serve.log`)).toBe('started with ***\n');
  });

  it('fails a step whose secret is missing before it runs, with a message; the rest go on', () => {
    const r = run(['--keep-going'], { WANDB_KEY });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '✗ collect failed: step `collect` declares the secret HF_TOKEN, which is not set or is empty: ' +
        'locally, export HF_TOKEN=... before running pipekit; on GitHub, add it as a repository ' +
        'secret, or as a secret of an environment the step declares with `environment:`',
    );
    expect(r.stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
    // Neither its setup nor its run started; the step that does not need it ran; the one
    // reading its output did not.
    expect(dumpedNames()).toEqual(['key-command.env', 'oidc.env', 'other.env']);
    expect(r.stdout).toMatch(/^other\s+ran\b/m);
    expect(r.stdout).toMatch(/^train\s+skipped\b/m);
  });

  it('counts an empty secret as missing (on GitHub an unset secret is empty)', () => {
    const r = run(['--keep-going'], { HF_TOKEN: '', WANDB_KEY: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '✗ collect failed: step `collect` declares the secrets HF_TOKEN and WANDB_KEY, which are not ' +
        'set or are empty: locally, export HF_TOKEN=... WANDB_KEY=... before running pipekit; on ' +
        'GitHub, add them as repository secrets, or as secrets of an environment the step declares',
    );
    expect(dumpedNames()).not.toContain('collect.env');
  });

  it('keeps secret values out of the key: a new value reruns nothing', () => {
    const first = run([], { HF_TOKEN, WANDB_KEY });
    expect(first.code, first.stderr).toBe(0);
    const keys = (env: Record<string, string>) =>
      (
        JSON.parse(repo.cli(['plan', '--json'], env).stdout) as {
          steps: { id: string; key?: string }[];
        }
      ).steps.map((s) => [s.id, s.key]);
    expect(keys({ HF_TOKEN: 'another-value', WANDB_KEY: 'and-another' })).toEqual(
      keys({ HF_TOKEN, WANDB_KEY }),
    );
    const second = run([], { HF_TOKEN: 'another-value', WANDB_KEY: 'and-another' });
    expect(second.code, second.stderr).toBe(0);
    expect(ran(second.stdout)).toEqual([]);
    // Without the secrets at all, cached steps are still reused: only a step that runs needs them.
    const third = run([], {});
    expect(third.code, third.stderr).toBe(0);
    expect(ran(third.stdout)).toEqual([]);
  });

  it('reruns a step that declares a new secret name, and says why', () => {
    expect(run([], { HF_TOKEN, WANDB_KEY }).code).toBe(0);
    repo.write({
      'steps/collect/component.yml': repo
        .read('steps/collect/component.yml')
        .replace('secrets: [HF_TOKEN]', 'secrets: [HF_TOKEN, EXTRA_KEY]'),
    });
    const explain = repo.cli(['explain', 'collect']);
    expect(explain.stdout).toContain(
      'secrets ["HF_TOKEN","WANDB_KEY"] -> ["EXTRA_KEY","HF_TOKEN","WANDB_KEY"]',
    );
    const r = run([], { HF_TOKEN, WANDB_KEY, EXTRA_KEY: 'extra-value' });
    expect(r.code, r.stderr).toBe(0);
    // Its output is the same bytes, so the step reading it is still reused (early cutoff).
    expect(ran(r.stdout)).toEqual(['collect']);
  });
});

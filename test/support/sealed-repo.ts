import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLI, makeRepo, type TestRepo } from './repo.js';

/**
 * A small pipeline that reaches the disk every way a key can: a data folder as a path input,
 * `code` patterns with a glob and a folder, a file output, a folder output, metrics, a
 * parameter, a step gated by `if:`, and a matrix step with a step that gathers its instances.
 */
export const REPLAY_FILES: Record<string, string> = {
  'pipeline.yml': `name: replay
inputs:
  scale: { type: integer, default: 2 }
steps:
  prep:
    uses: ./steps/prep
    with: { data: data, scale: '\${{ inputs.scale }}' }
  train:
    uses: ./steps/train
    with: { rows: '\${{ steps.prep.outputs.rows }}' }
  deploy:
    if: \${{ github.ref == 'refs/heads/main' }}
    cache: false
    inputs: { model: { type: path } }
    with: { model: '\${{ steps.train.outputs.model }}' }
    run: cat \${{ inputs.model }}
  sweep:
    matrix: { k: [1, 2] }
    inputs: { model: { type: path }, k: { type: integer } }
    outputs: { score: { type: file } }
    with: { model: '\${{ steps.train.outputs.model }}', k: '\${{ matrix.k }}' }
    run: cat \${{ inputs.model }} > \${{ outputs.score }}; echo \${{ inputs.k }} >> \${{ outputs.score }}
  pick:
    inputs: { scores: { type: path } }
    outputs: { best: { type: file } }
    with: { scores: '\${{ steps.sweep.outputs.score }}' }
    run: cat \${{ inputs.scores }}/index.json > \${{ outputs.best }}
`,
  'data/a.txt': 'b\na\n',
  'data/b.txt': 'c\n',
  'steps/prep/component.yml': `inputs: { data: { type: path }, scale: { type: integer } }
outputs: { rows: { type: dir } }
code: ['*.sh', 'lib/**']
run: ./prep.sh \${{ inputs.data }} \${{ inputs.scale }} \${{ outputs.rows }}
`,
  'steps/prep/prep.sh': `#!/usr/bin/env bash
cat "$1"/*.txt | sort > "$3/all.txt"
echo "$2" > "$3/scale"
`,
  'steps/prep/lib/words.txt': 'x\n',
  'steps/train/component.yml': `inputs: { rows: { type: path } }
outputs: { model: { type: file }, m: { type: metrics } }
code: ['train.sh']
run: ./train.sh \${{ inputs.rows }} \${{ outputs.model }} \${{ outputs.m }}
`,
  'steps/train/train.sh': `#!/usr/bin/env bash
wc -l < "$1/all.txt" > "$2"
echo '{"rows": 3}' > "$3"
`,
};

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a pipekit CLI (`cli`: its entry file) in `dir`, without blocking the event loop. */
export function runCli(dir: string, args: string[], cli = CLI): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [cli, ...args], { cwd: dir, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** The seal's identity on disk (inode and time), undefined when there is none. */
export function sealStamp(repo: TestRepo): string | undefined {
  const st = statSync(repo.path('.pipekit/noop.json'), { throwIfNoEntry: false });
  return st ? `${st.ino}:${st.mtimeMs}` : undefined;
}

/**
 * Repositories of REPLAY_FILES, each run once to fill its cache and then, once the racy
 * window has passed for everything the first run wrote, once more: that no-op run leaves a
 * seal. Returns them with the sealing run's output.
 */
export async function sealedRepos(
  count: number,
  cli = CLI,
): Promise<{ repo: TestRepo; sealing: CliResult }[]> {
  const repos = Array.from({ length: count }, () => makeRepo(REPLAY_FILES));
  for (const repo of repos) {
    const first = await runCli(repo.dir, ['run'], cli);
    if (first.code !== 0) throw new Error(`first run failed:\n${first.stderr}`);
  }
  await sleep(2100); // the stat memo's racy window (RACY_MS)
  const sealed = [];
  for (const repo of repos) {
    const sealing = await runCli(repo.dir, ['run'], cli);
    if (sealing.code !== 0 || sealStamp(repo) === undefined) {
      throw new Error(`the no-op run left no seal:\n${sealing.stdout}\n${sealing.stderr}`);
    }
    sealed.push({ repo, sealing });
  }
  return sealed;
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRepo, type TestRepo } from './repo.js';

/**
 * gen -> double -> report -> publish (cache: false), and gen -> stats. Every step appends its
 * id to $PIPEKIT_TEST_LOG, so a test sees which steps really executed.
 */
export const SAMPLE: Record<string, string> = {
  'pipeline.yml': `name: sample
inputs:
  factor: { type: integer, default: 2 }
steps:
  gen:
    uses: ./steps/gen
    with:
      raw: data/raw.txt
  double:
    uses: ./steps/double
    with:
      data: \${{ steps.gen.outputs.out }}
      factor: \${{ inputs.factor }}
  stats:
    uses: ./steps/stats
    with:
      data: \${{ steps.gen.outputs.out }}
  report:
    run: |
      echo report >> "$PIPEKIT_TEST_LOG"
      cp \${{ inputs.result }} \${{ outputs.summary }}
    inputs:
      result: { type: path }
    outputs:
      summary: { type: file }
    with:
      result: \${{ steps.double.outputs.result }}
  publish:
    run: echo publish >> "$PIPEKIT_TEST_LOG"
    needs: [report]
    cache: false
`,
  'data/raw.txt': 'alpha\nbeta\n',
  'steps/gen/component.yml': `name: gen
inputs:
  raw: { type: path }
outputs:
  out: { type: dir }
run: ./gen.sh \${{ inputs.raw }} \${{ outputs.out }}
`,
  'steps/gen/gen.sh': `#!/usr/bin/env bash
echo gen >> "$PIPEKIT_TEST_LOG"
tr a-z A-Z < "$1" > "$2/upper.txt"
`,
  'steps/double/component.yml': `name: double
inputs:
  data: { type: path }
  factor: { type: integer, default: 2 }
outputs:
  result: { type: file }
run: |
  echo double >> "$PIPEKIT_TEST_LOG"
  awk -v f=\${{ inputs.factor }} '{ print $0 " x" f }' \${{ inputs.data }}/upper.txt > \${{ outputs.result }}
`,
  'steps/stats/component.yml': `name: stats
inputs:
  data: { type: path }
outputs:
  metrics: { type: metrics }
run: |
  echo stats >> "$PIPEKIT_TEST_LOG"
  echo "{\\"lines\\": $(wc -l < \${{ inputs.data }}/upper.txt)}" > \${{ outputs.metrics }}
`,
};

export interface SampleRepo {
  repo: TestRepo;
  /** Runs `pipekit run` and returns the exit code, output and the steps that executed. */
  run(args?: string[]): { code: number; stdout: string; stderr: string; executed: string[] };
  cleanup(): void;
}

export function makeSampleRepo(extra: Record<string, string> = {}): SampleRepo {
  const repo = makeRepo({ ...SAMPLE, ...extra });
  const logDir = mkdtempSync(join(tmpdir(), 'pipekit-log-'));
  const log = join(logDir, 'executed.txt');
  return {
    repo,
    run(args = []) {
      writeFileSync(log, '');
      const result = repo.cli(['run', ...args], { PIPEKIT_TEST_LOG: log });
      const executed = readFileSync(log, 'utf8').split('\n').filter(Boolean).sort();
      return { ...result, executed };
    },
    cleanup() {
      repo.remove();
      rmSync(logDir, { recursive: true, force: true });
    },
  };
}

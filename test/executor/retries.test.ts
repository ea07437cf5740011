import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

let repo: TestRepo | undefined;
afterEach(() => repo?.remove());

/**
 * The first attempt leaves a file where it runs, a file beside its output and a half-written
 * output, then fails; the second must start from nothing of it.
 */
const FILES: Record<string, string> = {
  'pipeline.yml': `name: retry
steps:
  flaky:
    run: |
      ls -A
      ls -A "$(dirname \${{ outputs.model }})"
      if [ ! -e "$PIPEKIT_TEST_DIR/failed-once" ]; then
        touch "$PIPEKIT_TEST_DIR/failed-once" left-here "$(dirname \${{ outputs.model }})/beside"
        echo half > \${{ outputs.model }}
        exit 7
      fi
      echo whole > \${{ outputs.model }}
    outputs: { model: { type: file } }
    retries: 1
`,
};

describe('a step that fails and is retried', () => {
  it('runs the next attempt in a fresh copy with empty outputs, and stores only its output', () => {
    repo = makeRepo(FILES);
    const r = repo.cli(['run'], { PIPEKIT_TEST_DIR: repo.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(repo.read('.pipekit/out/flaky/model')).toBe('whole\n');
    const [run] = readdirSync(repo.path('.pipekit/runs'));
    const log = repo.read(`.pipekit/runs/${run}/flaky.log`);
    // The first attempt saw nothing either; the second saw nothing the first left.
    expect(log.split('\n').filter((line) => line !== '' && !line.startsWith('---'))).toEqual([]);
    expect(log).toMatch(/--- pipekit: exit 7 ---\n\n--- pipekit: attempt 2 \(exit 7\) ---/);
    expect(repo.cli(['run'], { PIPEKIT_TEST_DIR: repo.dir }).stdout).toMatch(/Nothing changed/);
  });
});

import { describe, expect, it } from 'vitest';
import { makeRepo } from '../support/repo.js';

describe('pipekit run --verbose', () => {
  it("shows each running step's output, line by line after its id, before the step's end", () => {
    const repo = makeRepo({
      'pipeline.yml': `name: verbose
steps:
  train:
    run: |
      echo 'epoch 1 done'
      echo 'epoch 2 done'
`,
    });
    try {
      const quiet = repo.cli(['run', '--no-cache']);
      expect(quiet.stderr).not.toContain('epoch 1 done');
      const r = repo.cli(['run', '--no-cache', '--verbose']);
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stderr.split('\n');
      const first = lines.indexOf('  train │ epoch 1 done');
      expect(first).toBeGreaterThan(lines.findIndex((l) => l.startsWith('start  train')));
      expect(lines[first + 1]).toBe('  train │ epoch 2 done');
      expect(lines.findIndex((l) => /✓ ran\s+train/.test(l))).toBeGreaterThan(first + 1);
    } finally {
      repo.remove();
    }
  });
});

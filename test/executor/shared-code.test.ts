import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSampleRepo, type SampleRepo } from '../support/sample-pipeline.js';

const ALL = ['double', 'gen', 'publish', 'report', 'stats'];

/** `stats` keeps its helper in lib/, shared with other components, outside its folder. */
const SHARED_HELPER: Record<string, string> = {
  'steps/stats/component.yml': `name: stats
inputs:
  data: { type: path }
outputs:
  metrics: { type: metrics }
code: ['*.sh', '../../lib/*.sh']
run: ./stats.sh \${{ inputs.data }} \${{ outputs.metrics }}
`,
  'steps/stats/stats.sh': `#!/usr/bin/env bash
. ../../lib/count.sh
echo stats >> "$PIPEKIT_TEST_LOG"
echo "{\\"lines\\": $(count_lines "$1/upper.txt")}" > "$2"
`,
  'lib/count.sh': 'count_lines() { wc -l < "$1"; }\n',
  'lib/README.md': 'Helpers shared by the steps.\n',
};

describe('pipekit run with code shared from outside the component folder', () => {
  let s: SampleRepo;
  beforeEach(() => {
    s = makeSampleRepo(SHARED_HELPER);
    const first = s.run();
    expect(first.code, first.stderr).toBe(0);
    expect(first.executed).toEqual(ALL);
    expect(s.repo.read('.pipekit/out/stats/metrics')).toBe('{"lines": 2}\n');
  });
  afterEach(() => s.cleanup());

  it('reruns the step whose shared file changed, and no other', () => {
    s.repo.write({ 'lib/count.sh': 'count_lines() { echo $(( $(wc -l < "$1") * 10 )); }\n' });
    const r = s.run();
    expect(r.code, r.stderr).toBe(0);
    expect(r.executed).toEqual(['publish', 'stats']);
    expect(s.repo.read('.pipekit/out/stats/metrics')).toBe('{"lines": 20}\n');
  });

  it('reruns it when a file that a shared pattern now matches is added', () => {
    s.repo.write({ 'lib/more.sh': 'true\n' });
    expect(s.run().executed).toEqual(['publish', 'stats']);
  });

  it('ignores a file in the shared folder that no pattern matches', () => {
    s.repo.write({ 'lib/README.md': 'Helpers shared by every step.\n' });
    expect(s.run().executed).toEqual(['publish']);
  });

  it('refuses a pattern that matches no file, located, before running anything', () => {
    s.repo.write({
      'steps/stats/component.yml': s.repo
        .read('steps/stats/component.yml')
        .replace("'*.sh'", "'*.shh'"),
    });
    const r = s.run();
    expect(r.code).toBe(1);
    expect(r.executed).toEqual([]);
    expect(r.stderr).toContain(
      'steps/stats/component.yml:6:8 code-no-match `*.shh` matches no file (it is read from steps/stats/)',
    );
  });
});

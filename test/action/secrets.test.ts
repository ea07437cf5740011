import { afterEach, describe, expect, it } from 'vitest';
import { runBundledAction } from '../support/action-runner.js';
import { makeRepo, type TestRepo } from '../support/repo.js';

const HF_TOKEN = 'hf_action-secret-7Qx';
const KEY_FILE = '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\n-----END KEY-----';

const PIPELINE = `name: secrets
steps:
  collect:
    run: |
      echo "token: $HF_TOKEN"
      printf '%s\\n' "$SIGNING_KEY"
    secrets: [HF_TOKEN, SIGNING_KEY]
  other:
    run: echo "other sees [\${HF_TOKEN:-nothing}]"
  missing:
    run: echo never
    secrets: [NOT_SET]
`;

describe('secrets in the action', () => {
  let repo: TestRepo;
  afterEach(() => repo.remove());

  it('has the runner mask every declared value before any step runs; nothing it writes holds one', async () => {
    repo = makeRepo({ 'pipeline.yml': PIPELINE });
    const r = await runBundledAction({
      workspace: repo.dir,
      inputs: { command: 'run', cache: 'false', jobs: '1' },
      env: { HF_TOKEN, SIGNING_KEY: KEY_FILE },
    });
    const lines = r.stdout.split('\n');
    const masks = lines.filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toEqual(
      expect.arrayContaining([
        `::add-mask::${HF_TOKEN}`,
        '::add-mask::MIIEvQIBADANBgkqhkiG9w0B',
        '::add-mask::-----BEGIN KEY-----',
      ]),
    );
    const firstStep = lines.findIndex((l) => /^(ran|failed) /.test(l));
    expect(firstStep).toBeGreaterThan(lines.findLastIndex((l) => l.startsWith('::add-mask::')));

    expect(r.stdout).toContain('token: ***');
    expect(r.stdout).toContain('other sees [nothing]');
    expect(r.stdout).toContain(
      'failed missing: step `missing` declares the secret NOT_SET, which is not set or is empty',
    );
    expect(JSON.parse(r.outputs.failed!)).toEqual(['missing']);
    const logged = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
    for (const value of [HF_TOKEN, 'MIIEvQIBADANBgkqhkiG9w0B']) {
      for (const text of [logged, r.stderr, r.summary, JSON.stringify(r.outputs)]) {
        expect(text).not.toContain(value);
      }
    }
  });
});

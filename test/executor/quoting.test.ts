import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

const PIPELINE = `name: quoting
inputs:
  message: { type: string, default: plain }
steps:
  echo:
    run: printf '%s' \${{ inputs.message }} > \${{ outputs.text }}
    inputs:
      message: { type: string }
    outputs:
      text: { type: file }
    env:
      MESSAGE: \${{ inputs.message }}
    with:
      message: \${{ inputs.message }}
  env:
    run: printf '%s' "$MESSAGE" > \${{ outputs.text }}
    inputs:
      message: { type: string }
    outputs:
      text: { type: file }
    env:
      MESSAGE: \${{ inputs.message }}
    with:
      message: \${{ inputs.message }}
`;

describe('parameter values reach a step verbatim and run nothing', () => {
  let repo: TestRepo;
  afterEach(() => repo.remove());

  it('quotes $(...), quotes, spaces and newlines', () => {
    repo = makeRepo({ 'pipeline.yml': PIPELINE });
    const hostile = `$(touch pwned) \`touch pwned2\` it's "quoted"  two  spaces; touch pwned3\nsecond line`;
    const r = repo.cli(['run', '--set', `message=${hostile}`]);
    expect(r.code, r.stderr).toBe(0);
    expect(repo.read('.pipekit/out/echo/text')).toBe(hostile);
    expect(repo.read('.pipekit/out/env/text')).toBe(hostile);
    for (const name of ['pwned', 'pwned2', 'pwned3'])
      expect(existsSync(repo.path(name))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { pipelineArgument } from '../../src/cli/seal.js';

describe('the pipeline file a replay looks for', () => {
  it('is the one `run` opens, however the option is written', () => {
    expect(pipelineArgument([])).toBe('pipeline.yml');
    expect(pipelineArgument(['--jobs', '2'])).toBe('pipeline.yml');
    expect(pipelineArgument(['--pipeline', 'a/p.yml'])).toBe('a/p.yml');
    expect(pipelineArgument(['--pipeline=a/p.yml', '-v'])).toBe('a/p.yml');
    expect(pipelineArgument(['-p', 'b.yml'])).toBe('b.yml');
    expect(pipelineArgument(['-pb.yml'])).toBe('b.yml');
    expect(pipelineArgument(['-p', 'b.yml', '--pipeline', 'c.yml'])).toBe('c.yml');
    expect(pipelineArgument(['--', '--pipeline', 'c.yml'])).toBe('pipeline.yml');
  });
});

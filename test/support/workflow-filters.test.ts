import { describe, expect, it } from 'vitest';
import { matchesPatterns, triggers, type WorkflowEvent } from './workflow-filters.js';
import { parseWorkflowFile } from './workflow-parse.js';

/** Whether a workflow with this `on:` (indented under it) runs for the event. */
async function triggered(on: string, event: WorkflowEvent): Promise<boolean> {
  const body = on
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  const text = `on:\n${body}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: 'true'\n`;
  return triggers((await parseWorkflowFile(text, 'w.yml')).events, event).runs;
}

describe('triggers: `on:` and its filters decide whether a run starts at all', () => {
  const push = (ref: string): WorkflowEvent => ({ name: 'push', ref });

  it('push without filters: every branch and every tag', async () => {
    expect(await triggered('push:', push('refs/heads/main'))).toBe(true);
    expect(await triggered('push:', push('refs/heads/feature/x'))).toBe(true);
    expect(await triggered('push:', push('refs/tags/v1'))).toBe(true);
  });

  it('only a branches filter: matching branches, never a tag', async () => {
    const on = 'push:\n  branches: [main, "release/**"]';
    expect(await triggered(on, push('refs/heads/main'))).toBe(true);
    expect(await triggered(on, push('refs/heads/release/1.0/rc'))).toBe(true);
    expect(await triggered(on, push('refs/heads/feature'))).toBe(false);
    expect(await triggered(on, push('refs/tags/v1'))).toBe(false);
  });

  it('only a tags filter: matching tags, never a branch', async () => {
    const on = 'push:\n  tags: ["v[0-9]+.*"]';
    expect(await triggered(on, push('refs/tags/v12.3'))).toBe(true);
    expect(await triggered(on, push('refs/tags/nightly'))).toBe(false);
    expect(await triggered(on, push('refs/heads/main'))).toBe(false);
  });

  it('filter patterns: * stops at /, ** does not, a later !pattern excludes again', async () => {
    expect(
      await triggered('push:\n  branches: ["feature/*"]', push('refs/heads/feature/a/b')),
    ).toBe(false);
    expect(
      await triggered('push:\n  branches: ["feature/**"]', push('refs/heads/feature/a/b')),
    ).toBe(true);
    const on = 'push:\n  branches: ["releases/**", "!releases/**-alpha"]';
    expect(await triggered(on, push('refs/heads/releases/10'))).toBe(true);
    expect(await triggered(on, push('refs/heads/releases/10-alpha'))).toBe(false);
    const ignore = 'push:\n  branches-ignore: ["gh-readonly-queue/**"]';
    expect(await triggered(ignore, push('refs/heads/gh-readonly-queue/main/pr-1-abc'))).toBe(false);
    expect(await triggered(ignore, push('refs/heads/main'))).toBe(true);
  });

  it('pull_request filters on the base branch and the activity type; merge_group only when listed', async () => {
    const pr = (base: string, action?: string): WorkflowEvent => ({
      name: 'pull_request',
      number: 3,
      base,
      head: 'topic',
      ...(action ? { action } : {}),
    });
    const on = 'pull_request:\n  branches: [main]';
    expect(await triggered(on, pr('main'))).toBe(true);
    expect(await triggered(on, pr('develop'))).toBe(false);
    expect(await triggered(on, pr('main', 'closed'))).toBe(false);
    const queue: WorkflowEvent = { name: 'merge_group', base: 'main' };
    expect(await triggered('[push, pull_request]', queue)).toBe(false);
    expect(await triggered('merge_group:', queue)).toBe(true);
  });
});

describe("GitHub's filter patterns", () => {
  it.each([
    ['main', 'main', true],
    ['feature/*', 'feature/a', true],
    ['feature/*', 'feature/a/b', false],
    ['feature/**', 'feature/a/b', true],
    ['v[12].*', 'v2.0', true],
    ['v[12].*', 'v3.0', false],
    ['v1.?0', 'v10', true],
    ['v1.?0', 'v1.0', true],
    ['v1+', 'v111', true],
    ['v1+', 'v', false],
    ['\\*', '*', true],
    ['\\*', 'x', false],
    ['**-alpha', 'releases/10-alpha', true],
  ])('%s on %s: %s', (pattern, name, expected) => {
    expect(matchesPatterns(name, [pattern])).toBe(expected);
  });

  it('the last pattern that matches decides', () => {
    expect(matchesPatterns('releases/10-beta', ['releases/**', '!releases/**-beta'])).toBe(false);
    expect(
      matchesPatterns('releases/10-beta', ['releases/**', '!releases/**-beta', 'releases/10-*']),
    ).toBe(true);
  });
});

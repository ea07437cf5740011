import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';

const doc = parseDocument(readFileSync('action.yml', 'utf8'));
const action = doc.toJS() as {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string }>;
  outputs: Record<string, { description?: string }>;
  branding?: unknown;
};
const source = readdirSync('src/action')
  .map((f) => readFileSync(join('src/action', f), 'utf8'))
  .join('\n');
const used = (pattern: RegExp): string[] =>
  [...new Set([...source.matchAll(pattern)].map((m) => m[1]!))].sort();

describe('action.yml', () => {
  it('is valid YAML for a node24 action bundled in dist/index.js', () => {
    expect(doc.errors).toEqual([]);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding).toBeDefined();
  });

  it('declares and describes exactly the inputs the action reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(used(/get(?:Multiline)?Input\('([^']+)'\)/g));
    for (const [name, input] of Object.entries(action.inputs))
      expect(input.description, name).toBeTruthy();
  });

  it('declares and describes every output the action sets', () => {
    const set = used(/setOutput\('([^']+)'/g);
    expect(set.length).toBeGreaterThan(0);
    expect(Object.keys(action.outputs).sort()).toEqual(set);
    for (const [name, output] of Object.entries(action.outputs))
      expect(output.description, name).toBeTruthy();
  });
});

/** Cache entries built from real temp folders, for the store contract and the store tests. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileEntry, Manifest, OutputPaths, OutputRecord } from '../../src/records/manifest.js';
import { digestOutput } from '../../src/hash/files.js';
import type { ContentDigest, StepKey } from '../../src/records/brands.js';
import { writeNodes, type TreeNode } from '../support/trees.js';

export interface SaveJob {
  manifest: Manifest;
  outputs: OutputPaths;
}

export const sha = (s: string | Uint8Array) =>
  createHash('sha256').update(s).digest('hex') as ContentDigest;

/** The file entries of an output record (the objects themselves, so a test can alter them). */
export const filesOf = (record: OutputRecord): FileEntry[] =>
  record.entries.filter((e): e is FileEntry => e.kind === 'file');

/** A realistic key: step keys are sha256 hex. */
export const keyOf = (label: string) => sha(`key:${label}`) as string as StepKey;

/** Writes outputs (name -> files, or file content) under `dir` and digests them into a manifest. */
export function makeEntry(
  dir: string,
  label: string,
  outputs: Record<string, Record<string, string | Uint8Array> | string>,
): SaveJob {
  const paths: OutputPaths = {};
  const records: Manifest['outputs'] = {};
  for (const [name, content] of Object.entries(outputs)) {
    const path = join(dir, label, name);
    const isFile = typeof content === 'string';
    for (const [rel, bytes] of Object.entries(isFile ? { '': content } : content)) {
      const file = rel === '' ? path : join(path, rel);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    }
    if (!isFile) mkdirSync(path, { recursive: true });
    paths[name] = path;
    records[name] = digestOutput(path, isFile ? (name === 'metrics' ? 'metrics' : 'file') : 'dir');
  }
  return { manifest: manifestOf(label, records), outputs: paths };
}

/** One dir output `tree` written from nodes: files with their executable bit, empty folders, symlinks. */
export function makeTreeEntry(
  dir: string,
  label: string,
  nodes: Record<string, TreeNode>,
): SaveJob {
  const path = join(dir, label, 'tree');
  writeNodes(path, nodes);
  return {
    manifest: manifestOf(label, { tree: digestOutput(path, 'dir') }),
    outputs: { tree: path },
  };
}

function manifestOf(label: string, outputs: Manifest['outputs']): Manifest {
  return {
    schema: 1,
    key: keyOf(label),
    step: `step-${label}`,
    outputs,
    metrics: { accuracy: 0.9 },
    durationMs: 1234,
    tool: 'pipekit-test',
    createdAt: '2025-01-01T00:00:00.000Z',
    parts: { params: { learning_rate: 0.05 } },
  };
}

/** Every file under a folder (or the file itself) with its bytes as hex, for exact comparison. */
export function snapshot(path: string): Record<string, string> {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return {};
  if (st.isFile()) return { '': readFileSync(path).toString('hex') };
  const out: Record<string, string> = {};
  const walk = (abs: string, rel: string): void => {
    for (const d of readdirSync(abs, { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(join(abs, d.name), r);
      else out[r] = readFileSync(join(abs, d.name)).toString('hex');
    }
  };
  walk(path, '');
  return out;
}

/** A dir output with the awkward cases: nesting, binary, empty, unicode, chunk-sized files. */
export function richOutputs(): Record<string, Record<string, string | Uint8Array> | string> {
  return {
    model: {
      'weights.bin': randomBytes(300_000),
      'chunk.bin': randomBytes(64 * 1024),
      'empty.txt': '',
      'nested/deeper/config.json': '{"layers":3}',
      'naïve ünïcode.txt': 'ü',
    },
    predictions: 'id,label\n1,a\n',
    metrics: '{"accuracy":0.9}',
  };
}

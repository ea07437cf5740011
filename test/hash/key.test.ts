import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  computeKey,
  explainKeyChange,
  KEY_SCHEMA,
  type KeyDocument,
} from '../../src/hash/key.js';
import { asDigest } from '../support/brands.js';

const doc = (over: Partial<KeyDocument> = {}): KeyDocument => ({
  schema: KEY_SCHEMA,
  component: 'steps/train',
  shell: 'bash -e',
  run: 'python3 train.py',
  setup: null,
  env: { A: '1' },
  params: { learning_rate: 0.05, epochs: 10 },
  code: [['steps/train/train.py', asDigest('aa')]],
  paths: { raw: ['data/raw.csv', asDigest('bb')] },
  upstream: { data: asDigest('cc') },
  outputs: { model: 'dir' },
  extra: [],
  ...over,
});

describe('computeKey', () => {
  it('does not depend on the order the document was built in', () => {
    const a = doc();
    const b = Object.fromEntries(Object.entries(doc()).reverse()) as unknown as KeyDocument;
    b.params = { epochs: 10, learning_rate: 0.05 };
    expect(computeKey(b).key).toBe(computeKey(a).key);
    expect(computeKey(a).key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with every part of the document', () => {
    const base = computeKey(doc()).key;
    const variants: Partial<KeyDocument>[] = [
      { schema: KEY_SCHEMA + 1 },
      { component: 'steps/other' },
      { run: 'python3 train.py --fast' },
      { setup: 'pip install x' },
      { env: { A: '2' } },
      { params: { learning_rate: 0.1, epochs: 10 } },
      { params: { learning_rate: '0.05', epochs: 10 } },
      { code: [['steps/train/train2.py', asDigest('aa')]] },
      { paths: { raw: ['data/raw2.csv', asDigest('bb')] } },
      { upstream: { data: asDigest('cd') } },
      { outputs: { model: 'file' } },
      { extra: ['cuda-12'] },
      { keyCommands: { 'python3 --version': 'Python 3.12.1' } },
      { secrets: ['HF_TOKEN'] },
    ];
    const keys = variants.map((v) => computeKey(doc(v)).key);
    expect(new Set([base, ...keys]).size).toBe(variants.length + 1);
  });
});

describe('key commands in the key', () => {
  it('leave the key of a step without them as it was', () => {
    // A step that declares none hashes the same document as before key commands existed.
    expect(canonicalJson(doc())).not.toContain('keyCommands');
    expect(computeKey(doc({ keyCommands: undefined })).key).toBe(computeKey(doc()).key);
  });

  it("change it with a command's output, not with the order they are listed in", () => {
    const one = doc({ keyCommands: { 'python3 --version': 'Python 3.12.1', nproc: '8' } });
    const reordered = doc({ keyCommands: { nproc: '8', 'python3 --version': 'Python 3.12.1' } });
    const upgraded = doc({ keyCommands: { 'python3 --version': 'Python 3.13.0', nproc: '8' } });
    expect(computeKey(reordered).key).toBe(computeKey(one).key);
    expect(computeKey(upgraded).key).not.toBe(computeKey(one).key);
  });
});

describe('secret names in the key', () => {
  it('leave the key of a step without secrets as it was', () => {
    expect(canonicalJson(doc())).not.toContain('secrets');
    expect(computeKey(doc({ secrets: undefined })).key).toBe(computeKey(doc()).key);
  });

  it('are explained by name', () => {
    expect(explainKeyChange(doc(), doc({ secrets: ['HF_TOKEN'] }))).toEqual([
      'secrets [] -> ["HF_TOKEN"]',
    ]);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,1]},"b":1}',
    );
  });
});

describe('explainKeyChange', () => {
  it('names each differing part in words', () => {
    const reasons = explainKeyChange(
      doc(),
      doc({
        params: { learning_rate: 0.1, epochs: 10 },
        code: [
          ['steps/train/train.py', asDigest('a2')],
          ['steps/train/util.py', asDigest('dd')],
        ],
        paths: { raw: ['data/renamed.csv', asDigest('bb')] },
        upstream: { data: asDigest('c2') },
        schema: KEY_SCHEMA + 1,
      }),
    );
    expect(reasons).toEqual([
      `key schema version ${KEY_SCHEMA} -> ${KEY_SCHEMA + 1} (pipekit upgrade)`,
      'parameter learning_rate: 0.05 -> 0.1',
      'file steps/train/train.py changed',
      'file steps/train/util.py added',
      'input raw: path data/raw.csv -> data/renamed.csv',
      'input data: upstream output changed',
    ]);
  });

  it('names the key command whose output changed, with short outputs shown', () => {
    const sklearn = 'python3 -c "import sklearn; print(sklearn.__version__)"';
    const before = doc({ keyCommands: { [sklearn]: '1.4.2', nproc: '8', 'uname -r': 'x' } });
    const after = doc({
      keyCommands: { [sklearn]: '1.5.0', nproc: '8', 'cat big': 'y'.repeat(500) },
    });
    expect(explainKeyChange(before, after)).toEqual([
      'key command `cat big` added',
      `key command \`${sklearn}\`: output changed ("1.4.2" -> "1.5.0")`,
      'key command `uname -r` removed',
    ]);
    const long = doc({ keyCommands: { 'cat big': 'z'.repeat(500) } });
    expect(explainKeyChange(doc({ keyCommands: { 'cat big': 'y'.repeat(500) } }), long)).toEqual([
      'key command `cat big`: output changed',
    ]);
    expect(explainKeyChange(doc(), doc({ keyCommands: { nproc: '8' } }))).toEqual([
      'key command `nproc` added',
    ]);
  });

  it('is empty for equal documents', () => {
    expect(explainKeyChange(doc(), doc())).toEqual([]);
  });
});

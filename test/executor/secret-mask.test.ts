import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SecretMask } from '../../src/executor/secret-mask.js';

/** What a stream of `chunks` becomes through one masking stream. */
function masked(mask: SecretMask, chunks: string[]): string {
  const stream = mask.stream();
  const out = chunks.map((chunk) => stream.push(Buffer.from(chunk)));
  out.push(stream.end());
  return Buffer.concat(out).toString();
}

/** Every way of cutting `text` in two. */
const cuts = (text: string): string[][] =>
  Array.from({ length: text.length + 1 }, (_, i) => [text.slice(0, i), text.slice(i)]);

describe('SecretMask', () => {
  it('replaces every occurrence, wherever the chunks are cut', () => {
    const mask = new SecretMask(['s3cret']);
    const text = 'a s3cret, s3crets3cret and s3cre t\n';
    for (const chunks of cuts(text)) {
      expect(masked(mask, chunks)).toBe('a ***, ****** and s3cre t\n');
    }
    expect(masked(mask, [...text])).toBe('a ***, ****** and s3cre t\n');
  });

  it('masks the longer of two secrets that start alike, and one inside a held-back prefix', () => {
    const mask = new SecretMask(['abcdef', 'cd', 'xab']);
    for (const chunks of cuts('1abcdef2')) expect(masked(mask, chunks)).toBe('1***2');
    for (const chunks of cuts('1abcd2')) expect(masked(mask, chunks)).toBe('1ab***2');
    for (const chunks of cuts('xabz')) expect(masked(mask, chunks)).toBe('***z');
  });

  it('holds back only what may begin a secret', () => {
    const stream = new SecretMask(['token']).stream();
    expect(stream.push(Buffer.from('line one\nto')).toString()).toBe('line one\n');
    expect(stream.push(Buffer.from('p')).toString()).toBe('top');
    expect(stream.end().toString()).toBe('');
  });

  it('masks each line of a multi-line value too (a key file printed line by line)', () => {
    const mask = new SecretMask(['-----BEGIN KEY-----\nMIIEv\n-----END KEY-----\n']);
    expect(mask.text('got MIIEv from -----END KEY-----')).toBe('got *** from ***');
  });

  it('masks a value escaped in a JSON string', () => {
    const mask = new SecretMask(['pa"ss\\word']);
    expect(mask.text(JSON.stringify({ token: 'pa"ss\\word' }))).toBe('{"token":"***"}');
  });

  it('masks bytes, not characters: a value cut inside a UTF-8 sequence', () => {
    const mask = new SecretMask(['pässwörd']);
    const bytes = Buffer.from('x pässwörd y');
    const stream = mask.stream();
    const out = Buffer.concat([
      stream.push(bytes.subarray(0, 4)),
      stream.push(bytes.subarray(4)),
      stream.end(),
    ]);
    expect(out.toString()).toBe('x *** y');
  });

  it('passes everything through unchanged without secrets', () => {
    const mask = new SecretMask([]);
    expect(mask.active).toBe(false);
    expect(masked(mask, ['a', 'b'])).toBe('ab');
    expect(mask.text('plain')).toBe('plain');
  });

  it('never lets a value through, for any text and any cuts', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom('a', 'b', 'c') }),
        fc.array(fc.string({ maxLength: 8, unit: fc.constantFrom('a', 'b', 'c', '\n') }), {
          maxLength: 6,
        }),
        (secret, pieces) => {
          const mask = new SecretMask([secret]);
          const text = pieces.join(secret);
          for (const chunks of cuts(text)) expect(masked(mask, chunks)).not.toContain(secret);
          expect(masked(mask, [text])).toBe(mask.text(text));
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { codePatterns, resolveCodePattern } from '../../src/pipeline/code-patterns.js';

describe('resolveCodePattern', () => {
  it.each([
    ['steps/a', '*.py', { base: 'steps/a', glob: '*.py', exclude: false }],
    ['steps/a', './*.py', { base: 'steps/a', glob: '*.py', exclude: false }],
    ['steps/a', 'lib/**', { base: 'steps/a', glob: 'lib/**', exclude: false }],
    ['steps/a', '../../lib/*.py', { base: '', glob: 'lib/*.py', exclude: false }],
    ['steps/a', '../shared/*.py', { base: 'steps', glob: 'shared/*.py', exclude: false }],
    ['steps/a', '/lib/*.py', { base: '', glob: 'lib/*.py', exclude: false }],
    ['steps/a', '/steps/../x', undefined],
    ['steps/a', '!tests/**', { base: 'steps/a', glob: 'tests/**', exclude: true }],
    ['steps/a', '!../../lib/old.py', { base: '', glob: 'lib/old.py', exclude: true }],
    ['steps/a', '..', { base: 'steps', glob: '**', exclude: false }],
    ['steps/a', '/', { base: '', glob: '**', exclude: false }],
    ['', 'check.py', { base: '', glob: 'check.py', exclude: false }],
    ['', 'tools/*.sh', { base: '', glob: 'tools/*.sh', exclude: false }],
  ])('in %j, %j is %j', (dir, text, expected) => {
    const resolved = resolveCodePattern(dir, text);
    if (expected) expect(resolved).toEqual(expected);
    else expect(resolved).toHaveProperty('code');
  });

  it.each([
    [
      'steps/a',
      '../../../outside/*.py',
      'path-escape',
      '`../../../outside/*.py` leaves the repository',
    ],
    ['steps/a', '!../../../x', 'path-escape', '`!../../../x` leaves the repository'],
    ['', '../lib/*.py', 'path-escape', '`../lib/*.py` leaves the repository'],
    ['steps/a', '/../lib/*.py', 'path-escape', '`/../lib/*.py` leaves the repository'],
    ['steps/a', '//etc/*', 'path-escape', undefined],
    ['steps/a', 'C:/x/*.py', 'path-escape', undefined],
    ['steps/a', 'lib/../x.py', 'invalid-value', undefined],
    ['steps/a', '', 'invalid-value', undefined],
  ])('in %j, %j is %s', (dir, text, code, message) => {
    const resolved = resolveCodePattern(dir, text);
    expect(resolved).toMatchObject({ code });
    if (message) expect(resolved).toMatchObject({ message });
  });
});

describe('codePatterns', () => {
  it('starts a list of only `!` patterns from the whole folder', () => {
    expect(codePatterns('steps/a', ['!data'])).toEqual([
      { base: 'steps/a', glob: '**', exclude: false },
      { base: 'steps/a', glob: 'data', exclude: true },
    ]);
    expect(codePatterns('steps/a', [])).toEqual([]);
    expect(codePatterns('steps/a', ['*.py', '../../../x'])).toBeUndefined();
  });
});

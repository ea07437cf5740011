import { describe, expect, it } from 'vitest';
import { addCodeOwner, checkOwner } from '../../src/scaffold/codeowners.js';

describe('addCodeOwner', () => {
  it('goes after the last line of the steps folder, aligned with it, before later lines', () => {
    const text = [
      '*                   @org/platform',
      '/steps/collect/     @org/data',
      '/steps/train/       @org/models',
      '',
      '/docs/ @org/writers',
      '',
    ].join('\n');
    expect(addCodeOwner(text, '/steps/check/', ['@org/qa', 'me@example.com'])).toBe(
      [
        '*                   @org/platform',
        '/steps/collect/     @org/data',
        '/steps/train/       @org/models',
        '/steps/check/       @org/qa me@example.com',
        '',
        '/docs/ @org/writers',
        '',
      ].join('\n'),
    );
  });

  it('appends at the end when no line names the folder, and starts an empty file', () => {
    expect(addCodeOwner('* @a', '/ml/steps/a-very-long-step-name/', ['@b'])).toBe(
      '* @a\n/ml/steps/a-very-long-step-name/ @b\n',
    );
    expect(addCodeOwner('', '/steps/x/', ['@b'])).toBe('/steps/x/ @b\n');
  });
});

describe('checkOwner', () => {
  it('takes @user, @org/team and e-mail addresses, nothing else', () => {
    for (const ok of ['@octocat', '@my-org/ml-team', '@org/team.name', 'dev@example.com']) {
      expect(checkOwner(ok)).toBeUndefined();
    }
    for (const bad of ['team', '@', '@org/', '@-x', 'a b@c.d', '@org/team extra']) {
      expect(checkOwner(bad)).toMatch(/expected @user, @org\/team or an e-mail address/);
    }
  });
});

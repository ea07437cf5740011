/** Where GitHub looks for CODEOWNERS, in its order: the first one found is the one it uses. */
export const CODEOWNERS_PLACES = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** `@user`, `@org/team` or an e-mail address, as GitHub accepts owners. */
const OWNER =
  /^(@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/;

/** Why `owner` is not a CODEOWNERS owner, or undefined when it is one. */
export function checkOwner(owner: string): string | undefined {
  return OWNER.test(owner)
    ? undefined
    : `--owner ${owner}: expected @user, @org/team or an e-mail address`;
}

/**
 * CODEOWNERS with a line for `folder` (`/steps/ID/`, from the repository root) owned by
 * `owners`: after the last line of the folder's parent (`/steps/...`) when there is one,
 * its owners aligned with that line's, else at the end. GitHub applies the last matching
 * line, so the new line goes after the broader ones (`*`, `/steps/`) it refines.
 */
export function addCodeOwner(text: string, folder: string, owners: string[]): string {
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const parent = folder.replace(/[^/]+\/$/, '');
  let last = -1;
  lines.forEach((line, i) => {
    if (parent !== '/' && line.startsWith(parent)) last = i;
  });
  const sibling = last >= 0 ? lines[last] : undefined;
  const column = sibling?.match(/^\S+\s+/)?.[0].length ?? 0;
  const line = `${folder.padEnd(Math.max(column - 1, folder.length))} ${owners.join(' ')}`;
  if (last >= 0) lines.splice(last + 1, 0, line);
  else lines.push(line);
  return `${lines.join('\n')}\n`;
}

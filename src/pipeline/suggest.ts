import { distance } from 'fastest-levenshtein';

/** The candidate closest to `name` when it is close enough to be a typo, else undefined. */
function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  // One edit for short names, else two or a third of the name.
  const limit = name.length <= 3 ? 1 : Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Levenshtein is at least the difference in length: most candidates end here.
    if (candidate === name || Math.abs(candidate.length - name.length) > limit) continue;
    const d =
      candidate.toLowerCase() === lower
        ? 0
        : swapped(name, candidate)
          ? 1
          : distance(name, candidate);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean \`x\`?` to append to a message, or '' when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const best = closestName(name, candidates);
  return best === undefined ? '' : `; did you mean \`${best}\`?`;
}

/** Two neighbouring letters swapped (`rwa`, `tarin`): one typo, though Levenshtein counts two. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (first >= 0) {
      // The second difference: a swap only if it is the very next letter, and the last.
      return (
        i === first + 1 &&
        a[first] === b[i] &&
        a[i] === b[first] &&
        a.slice(i + 1) === b.slice(i + 1)
      );
    }
    first = i;
  }
  return false;
}

interface CheckResult {
  upToDate: boolean;
  /** A unified-style line diff from the existing file to the generated one, when stale. */
  diff?: string;
}

const CONTEXT_LINES = 2;
const MAX_DIFF_LINES = 200;
/** Past this many cells the LCS table is not worth it: the changed middle is shown whole. */
const MAX_LCS_CELLS = 4_000_000;

/**
 * `pipekit compile --check`: is the committed workflow the one compile would write now?
 * Line endings are compared as LF: a checkout with `core.autocrlf` rewrites the file
 * without making it stale.
 */
export function checkWorkflow(existing: string | undefined, generated: string): CheckResult {
  if (existing === undefined) {
    return { upToDate: false, diff: '--- (no workflow file)\n+++ generated\n' };
  }
  const before = normalize(existing);
  const after = normalize(generated);
  if (before === after) return { upToDate: true };
  return { upToDate: false, diff: lineDiff(before, after) };
}

function normalize(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

type Op = { kind: ' ' | '-' | '+'; line: string };

/** A short unified-ish diff: changed lines with a little context, `@@` between hunks. */
// tsr-skip: exported for its own table of cases in test/github/check.test.ts
export function lineDiff(before: string, after: string): string {
  const ops = diffOps(before.split('\n'), after.split('\n'));
  const keep = ops.map((op) => op.kind !== ' ');
  const shown = ops.map((_, i) => nearChange(keep, i));
  const out = ['--- existing', '+++ generated'];
  let previous = -2;
  ops.forEach((op, i) => {
    if (!shown[i]) return;
    if (i !== previous + 1) out.push(`@@ line ${lineNumber(ops, i)} @@`);
    out.push(`${op.kind}${op.line}`);
    previous = i;
  });
  if (out.length > MAX_DIFF_LINES) {
    const hidden = out.length - MAX_DIFF_LINES;
    return [...out.slice(0, MAX_DIFF_LINES), `... ${hidden} more lines`].join('\n') + '\n';
  }
  return out.join('\n') + '\n';
}

function nearChange(changed: boolean[], i: number): boolean {
  const from = Math.max(0, i - CONTEXT_LINES);
  const to = Math.min(changed.length - 1, i + CONTEXT_LINES);
  for (let j = from; j <= to; j++) if (changed[j]) return true;
  return false;
}

/** The 1-based line in the existing file where op `i` sits. */
function lineNumber(ops: Op[], i: number): number {
  let line = 1;
  for (let j = 0; j < i; j++) if (ops[j]?.kind !== '+') line++;
  return line;
}

function diffOps(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const same = (lines: string[]): Op[] => lines.map((line) => ({ kind: ' ', line }));
  return [
    ...same(a.slice(0, start)),
    ...middleOps(a.slice(start, endA), b.slice(start, endB)),
    ...same(a.slice(endA)),
  ];
}

/** Longest common subsequence over the lines that differ; small for a workflow file. */
function middleOps(a: string[], b: string[]): Op[] {
  const removed = (line: string): Op => ({ kind: '-', line });
  const added = (line: string): Op => ({ kind: '+', line });
  if (a.length * b.length > MAX_LCS_CELLS) return [...a.map(removed), ...b.map(added)];
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i] as string });
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      ops.push(removed(a[i++] as string));
    } else {
      ops.push(added(b[j++] as string));
    }
  }
  return [...ops, ...a.slice(i).map(removed), ...b.slice(j).map(added)];
}

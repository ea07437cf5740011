import { CST, Document, isMap, isSeq, Parser, parseDocument } from 'yaml';

/** A step as `add-step` writes it under `steps:` in the pipeline file. */
export interface StepEntry {
  id: string;
  uses: string;
  runner: string;
  needs: string[];
  /** Input name -> `${{ steps.ID.outputs.NAME }}`. */
  with: Record<string, string>;
}

/**
 * The pipeline file with `entry` added as the last step, everything else byte for byte.
 *
 * The step is added to the file's concrete syntax tree (the yaml library's CST, which
 * reproduces its source exactly), not by rewriting the whole document: `Document.toString`
 * moves a comment that follows `key:` onto the next line and respaces flow collections, so
 * the diff of a commented pipeline would not be the added step alone. The new entry is
 * rendered by the library at the indentation the file uses and grafted into the `steps:`
 * block mapping; a blank line goes before it when the file separates its steps with one.
 * Undefined when `steps:` is not a block mapping (flow style, empty): the caller says so.
 */
export function addStepToPipeline(text: string, entry: StepEntry): string | undefined {
  // A file with Windows line endings keeps them: edited as LF, written back as CRLF.
  const crlf = text.includes('\r\n');
  const lf = crlf ? text.replace(/\r\n/g, '\n') : text;
  const source = lf.endsWith('\n') || lf === '' ? lf : `${lf}\n`;
  const tokens = [...new Parser().parse(source)];
  const document = tokens.find((t): t is CST.Document => t.type === 'document');
  const top = document?.value;
  if (top?.type !== 'block-map') return undefined;
  const steps = top.items.find((item) => keyOf(item) === 'steps')?.value;
  if (steps?.type !== 'block-map' || steps.items.length === 0) return undefined;
  const item = renderItem(entry, steps);
  if (item === undefined) return undefined;
  const keyed = steps.items.filter((i) => i.key);
  const spaced = keyed.length > 1 && keyed.slice(1).every((i) => startsWithBlankLine(i));
  // The first item of the rendered mapping had its indentation in its parent's tokens.
  item.start = [
    ...(spaced ? [token('newline', '\n')] : []),
    ...(steps.indent > 0 ? [token('space', ' '.repeat(steps.indent))] : []),
  ];
  steps.items.push(item);
  const result = tokens.map((token) => CST.stringify(token)).join('');
  if (!checkAdded(source, result, entry)) return undefined;
  return crlf ? result.replace(/\n/g, '\r\n') : result;
}

function token(type: 'newline' | 'space', source: string): CST.SourceToken {
  return { type, offset: 0, indent: 0, source };
}

function keyOf(item: CST.BlockMap['items'][number]): string | undefined {
  const key = item.key;
  return key && CST.isScalar(key) ? CST.resolveAsScalar(key)?.value : undefined;
}

function startsWithBlankLine(item: CST.BlockMap['items'][number]): boolean {
  return item.start.some((token) => token.type === 'newline');
}

/** The entry as a CST item of a block mapping at the steps' indentation. */
function renderItem(
  entry: StepEntry,
  steps: CST.BlockMap,
): CST.BlockMap['items'][number] | undefined {
  const child = steps.items.find((i) => i.value?.type === 'block-map')?.value;
  const childIndent = child?.type === 'block-map' ? child.indent : undefined;
  const unit =
    childIndent !== undefined && childIndent > steps.indent ? childIndent - steps.indent : 2;
  const body: Record<string, unknown> = { uses: entry.uses, runner: entry.runner };
  if (entry.needs.length > 0) body.needs = entry.needs;
  if (Object.keys(entry.with).length > 0) body.with = entry.with;
  const doc = new Document({ [entry.id]: body });
  const needs = doc.getIn([entry.id, 'needs'], true);
  if (isSeq(needs)) needs.flow = true;
  const rendered = doc.toString({ indent: unit, lineWidth: 0, flowCollectionPadding: false });
  const pad = ' '.repeat(steps.indent);
  const nested = `x:\n${rendered
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n')}`;
  const parsed = [...new Parser().parse(nested)].find(
    (t): t is CST.Document => t.type === 'document',
  );
  const outer = parsed?.value;
  if (outer?.type !== 'block-map') return undefined;
  const inner = outer.items[0]?.value;
  if (inner?.type !== 'block-map' || inner.items.length !== 1) return undefined;
  return inner.items[0];
}

/** The result parses, holds the entry as written, and the rest of the file is unchanged. */
function checkAdded(before: string, after: string, entry: StepEntry): boolean {
  const doc = parseDocument(after);
  if (doc.errors.length > 0) return false;
  const steps = doc.get('steps');
  if (!isMap(steps)) return false;
  const added = doc.getIn(['steps', entry.id]) as { toJSON?: () => unknown } | undefined;
  const value = added?.toJSON?.();
  const expected: Record<string, unknown> = { uses: entry.uses, runner: entry.runner };
  if (entry.needs.length > 0) expected.needs = entry.needs;
  if (Object.keys(entry.with).length > 0) expected.with = entry.with;
  if (JSON.stringify(value) !== JSON.stringify(expected)) return false;
  doc.deleteIn(['steps', entry.id]);
  return JSON.stringify(doc.toJS()) === JSON.stringify(parseDocument(before).toJS());
}

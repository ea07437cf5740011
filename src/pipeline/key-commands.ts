import { hasExpression } from './expressions.js';
import { asRecord, stringItems } from './narrow.js';
import type { Path, Report } from './yaml-source.js';

/**
 * The commands of a `cache: { key-commands: [...] }`, a component's or a step's (`at` is where
 * that `cache` is). They run as written before anything is bound, so an expression in one is
 * reported; a wrong item was reported by the schema.
 */
export function readKeyCommands(cache: unknown, at: Path, report: Report): string[] {
  const items = stringItems(asRecord(cache)?.['key-commands']);
  for (const { text, at: index } of items) {
    if (!hasExpression(text)) continue;
    const path = [...at, 'cache', 'key-commands', ...index];
    report('expression-context', 'expressions are not allowed in a key command', { path, hole: 0 });
  }
  return items.map((item) => item.text);
}

import { isAlias, visit } from 'yaml';
import type { Alias, Document, Node } from 'yaml';

const aliasTargets = new WeakMap<Document, Map<Alias, Node | undefined>>();

/**
 * The node an alias names: the last node anchored with its name before it, as the library's
 * `Alias.resolve` finds it, but from one walk of the document for all its aliases (the
 * library walks the whole document for each: 10,000 aliases took minutes).
 */
export function resolveAlias(doc: Document, alias: Alias): Node | undefined {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    const anchors = new Map<string, Node>();
    const found = new Map<Alias, Node | undefined>();
    visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) found.set(node, anchors.get(node.source));
        else if (node.anchor) anchors.set(node.anchor, node);
      },
    });
    aliasTargets.set(doc, (targets = found));
  }
  return targets.get(alias);
}

import { explainKeyChange, type KeyDocument } from '../hash/key.js';
import type { StepKey } from '../records/brands.js';
import type { BranchRecord } from '../records/branch-record.js';

/** A step as this run knows it, to be compared with the base branch's record of it. */
export interface StepNow {
  id: string;
  /** Known once every upstream output is known. */
  key?: StepKey;
  /**
   * The key document: whole when the key is known; else the step's own parts, whose upstream
   * digests and key command outputs are not known yet and are not compared.
   */
  document?: KeyDocument;
  /** Whether `document` lacks its upstream digests and key command outputs. */
  partial?: boolean;
  /** The steps whose outputs it reads. */
  dataUpstream: string[];
}

/**
 * How a step differs from the base branch's last run of it: `same` key; `new`, no run of it
 * on the base branch; `changed`, with the key parts that differ; `unknown`, no record of the
 * base branch at all.
 */
export type BaseChange =
  { kind: 'same' } | { kind: 'new' } | { kind: 'changed'; reasons: string[] } | { kind: 'unknown' };

/** The change of every step (in topological order) against the base branch's record. */
export function compareWithBase(
  steps: readonly StepNow[],
  base: BranchRecord | undefined,
): Map<string, BaseChange> {
  const out = new Map<string, BaseChange>();
  for (const step of steps) {
    out.set(step.id, base ? compareStep(step, base, out) : { kind: 'unknown' });
  }
  return out;
}

function compareStep(
  step: StepNow,
  base: BranchRecord,
  before: ReadonlyMap<string, BaseChange>,
): BaseChange {
  const was = Object.hasOwn(base.steps, step.id) ? base.steps[step.id] : undefined;
  if (!was) return { kind: 'new' };
  if (step.key !== undefined && step.key === was.key) return { kind: 'same' };
  const previous = was.parts as unknown as KeyDocument;
  let reasons: string[] = [];
  if (step.document) {
    const current = step.partial
      ? { ...step.document, upstream: previous.upstream, keyCommands: previous.keyCommands }
      : step.document;
    reasons = safeExplain(previous, current);
  }
  if (step.key === undefined || step.partial) {
    // Its upstream digests are known only once the upstream has run: a changed upstream may
    // still write the same bytes, and the step stays cached.
    const changedUpstream = step.dataUpstream.filter((id) => {
      const kind = before.get(id)?.kind;
      return kind === 'changed' || kind === 'new';
    });
    reasons.push(...changedUpstream.map((id) => `upstream \`${id}\` changed: it runs first`));
    return reasons.length > 0 ? { kind: 'changed', reasons } : { kind: 'same' };
  }
  return { kind: 'changed', reasons: reasons.length > 0 ? reasons : ['key changed'] };
}

/** A record is only shown, never trusted: parts not shaped like a key document are "changed". */
function safeExplain(previous: KeyDocument, current: KeyDocument): string[] {
  try {
    return explainKeyChange(previous, current);
  } catch {
    return ['key changed'];
  }
}

import { readFileSync } from 'node:fs';
import { markStateUsed } from './run-state-file.js';
import type { KeyDocument } from '../hash/key.js';
import { KEY_SCHEMA } from '../hash/key.js';
import { STEP_SHELL_TEXT } from '../pipeline/shell.js';
import type { StepKey } from '../records/brands.js';
import { checkManifest, type Manifest } from '../records/manifest.js';
import { DIGEST_PATTERN } from '../hash/digest.js';
import type { StepResult } from '../plan/step-result.js';
import type { Scalar } from '../pipeline/types.js';
import { writeFileAtomic } from '../workspace/atomic-write.js';

/**
 * The run state (`.pipekit/state.json`): what the last local run learned about every step it
 * reused or saved, in one file, so that a rerun reads one file instead of a cache entry per
 * step and recomputes no key whose parts are unchanged (docs/architecture.md, "The run state").
 *
 * A recorded key is used only when everything else its document holds is known to be the
 * same: the `identity` covers the validated model (its digest, which holds pipekit's own
 * stamp), the parameters and the key schema; the entry covers the parts read from disk (code
 * and path digests, executable bits) and the upstream output digests. A step with key
 * commands is never answered from it. A recorded manifest is the one saved under its key, so
 * it is as good as the entry itself; and the state is read only while the cache's entries are
 * as they were when it was written (`storeStamp`): an entry pruned or added since sends every
 * step back to the cache.
 */
interface StateFile {
  schema: typeof RUN_STATE_SCHEMA;
  identity: string;
  storeStamp: string;
  steps: Record<string, StateStep>;
}

/** The parts of a key document that are read from disk or come from upstream steps. */
type DynamicParts = Pick<KeyDocument, 'code' | 'executable' | 'paths' | 'upstream'>;

interface StateStep extends DynamicParts {
  key: StepKey;
  manifest: Manifest;
}

const RUN_STATE_SCHEMA = 1;

/**
 * What identifies the static parts of every key document of a run: the model (its digest
 * holds pipekit's own stamp), the parameters, and the constants of pipekit's that a key
 * document holds.
 */
export function runIdentity(modelDigest: string, parameters: Record<string, Scalar>): string {
  const sorted = Object.keys(parameters)
    .sort()
    .map((name) => [name, parameters[name]]);
  return JSON.stringify([KEY_SCHEMA, STEP_SHELL_TEXT, modelDigest, sorted]);
}

export class RunState {
  /** Steps whose key, and keys whose manifest, came from the state in this run. */
  private readonly servedKeys = new Set<string>();
  private readonly servedManifests = new Set<string>();
  /** The key and document each step's key was computed from in this run. */
  private readonly computed = new Map<string, { key: StepKey; document: KeyDocument }>();

  private constructor(
    private readonly file: string,
    private readonly identity: string,
    private readonly storeStamp: () => string | undefined,
    private readonly steps: Map<string, StateStep>,
    private readonly byKey: Map<string, Manifest>,
  ) {}

  /** The state of `file` when it was written for this identity and these cache entries. */
  static load(file: string, identity: string, storeStamp: () => string | undefined): RunState {
    const steps = new Map<string, StateStep>();
    const byKey = new Map<string, Manifest>();
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<StateFile> | null;
      const stamp = storeStamp();
      const usable =
        parsed?.schema === RUN_STATE_SCHEMA &&
        parsed.identity === identity &&
        stamp !== undefined &&
        parsed.storeStamp === stamp &&
        typeof parsed.steps === 'object' &&
        parsed.steps !== null;
      for (const [id, step] of usable ? Object.entries(parsed.steps!) : []) {
        if (typeof step?.key !== 'string' || !DIGEST_PATTERN.test(step.key)) continue;
        const manifest = checkManifest(step.manifest, step.key);
        if (typeof manifest === 'string') continue;
        steps.set(id, step);
        byKey.set(step.key, manifest);
      }
    } catch {
      // Missing or damaged: every step asks the cache, and the run writes a new state.
    }
    return new RunState(file, identity, storeStamp, steps, byKey);
  }

  /** The recorded key of the step whose document this is, when its parts are unchanged. */
  knownKey(id: string, document: KeyDocument): StepKey | undefined {
    const known = this.steps.get(id);
    if (!known || document.keyCommands !== undefined || !sameParts(known, document)) return;
    this.servedKeys.add(id);
    return known.key;
  }

  /** Remembers the document a step's key was computed from in this run. */
  noteKey(id: string, key: StepKey, document: KeyDocument): void {
    this.computed.set(id, { key, document });
  }

  /** The manifest saved under `key`, as the last run knew it. */
  manifest(key: StepKey): Manifest | undefined {
    const manifest = this.byKey.get(key);
    if (manifest) this.servedManifests.add(key);
    return manifest;
  }

  /**
   * Writes the state of this run: every step reused, or run and saved, under the key its
   * document gave. Nothing is written when the run was answered entirely from the state.
   */
  save(results: readonly StepResult[]): void {
    const kept = results.filter((r) => {
      const computed = this.computed.get(r.id);
      const reusable = r.status === 'cached' || (r.status === 'ran' && r.saved === true);
      return (
        reusable &&
        computed !== undefined &&
        r.key === computed.key &&
        !r.fromIndex &&
        r.manifest?.key === r.key &&
        computed.document.keyCommands === undefined
      );
    });
    const unchanged =
      kept.length === this.steps.size &&
      kept.every(
        (r) =>
          r.status === 'cached' &&
          this.steps.get(r.id)?.key === r.key &&
          this.servedKeys.has(r.id) &&
          this.servedManifests.has(r.key!),
      );
    if (unchanged) {
      markStateUsed(this.file);
      return;
    }
    const steps: Record<string, StateStep> = {};
    for (const r of kept) {
      const { code, executable, paths, upstream } = this.computed.get(r.id)!.document;
      // The key's parts are for `explain`, which reads the cache's own history.
      const manifest: Manifest = { ...r.manifest! };
      delete manifest.parts;
      steps[r.id] = { key: r.key!, code, executable, paths, upstream, manifest };
    }
    const stamp = this.storeStamp();
    if (stamp === undefined) return;
    const state: StateFile = {
      schema: RUN_STATE_SCHEMA,
      identity: this.identity,
      storeStamp: stamp,
      steps,
    };
    try {
      writeFileAtomic(this.file, JSON.stringify(state));
    } catch {
      // A read-only checkout: the next run asks the cache for every step.
    }
  }
}

function sameParts(known: DynamicParts, document: KeyDocument): boolean {
  return (
    sameList(known.code, document.code, (a, b) => a[0] === b[0] && a[1] === b[1]) &&
    sameList(known.executable ?? [], document.executable ?? [], (a, b) => a === b) &&
    sameRecord(known.paths, document.paths, (a, b) => a[0] === b[0] && a[1] === b[1]) &&
    sameRecord(known.upstream, document.upstream, (a, b) => a === b)
  );
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (!Array.isArray(a) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i]!, b[i]!)) return false;
  return true;
}

function sameRecord<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  same: (x: T, y: T) => boolean,
): boolean {
  if (typeof a !== 'object' || a === null) return false;
  const names = Object.keys(b);
  if (Object.keys(a).length !== names.length) return false;
  for (const name of names) {
    if (!Object.hasOwn(a, name) || !same(a[name]!, b[name]!)) return false;
  }
  return true;
}

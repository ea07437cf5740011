import { closestEntry, decideContext } from '../../executor/engine.js';
import { getStep, stepsNamed } from '../../pipeline/graph.js';
import type { Manifest } from '../../records/manifest.js';
import { planSteps, type PlannedStep } from '../../plan/plan.js';
import { describeWhy, planJson } from '../../report/reasons.js';
import { formatTable } from '../../report/format.js';
import { forcedSteps, parameterOptions, UsageError, type Command } from '../args.js';
import { createLocalEngine, localOptions } from '../local.js';

export const plan: Command = {
  name: 'plan',
  summary:
    'Say what `pipekit run` would do with each step, and why: cached, run, pending, always, skipped.',
  usage:
    'pipekit plan [--pipeline FILE] [--json] [--set name=value]... [--force STEP]... [--branch NAME]',
  options: {
    ...parameterOptions,
    json: { type: 'boolean' },
    force: { type: 'string', multiple: true },
  },
  async run(values) {
    const local = createLocalEngine(localOptions(values));
    if (!local) return 1;
    const { engine } = local;
    const force = forcedSteps(engine.pipeline, values.force);
    const planned = await planSteps(
      engine.pipeline,
      engine.graph,
      decideContext(engine, { force }),
    );
    engine.memo.save();
    if (values.json) {
      process.stdout.write(`${JSON.stringify(planJson(planned), null, 2)}\n`);
    } else {
      const rows = planned.map((p) => [
        p.id,
        p.status,
        p.runner,
        'key' in p ? (p.key?.slice(0, 12) ?? '') : '',
        describeWhy(p.why),
      ]);
      process.stdout.write(`${formatTable(['step', 'status', 'runner', 'key', 'reason'], rows)}\n`);
    }
    return 0;
  },
};

export const explain: Command = {
  name: 'explain',
  summary:
    'Say why a step is not cached: the parts of its key that differ from its last cached run.',
  usage: 'pipekit explain STEP [--pipeline FILE] [--set name=value]... [--branch NAME]',
  options: { ...parameterOptions },
  positionals: 1,
  async run(values, [id]) {
    const local = createLocalEngine(localOptions(values));
    if (!local) return 1;
    const { engine } = local;
    // A matrix step's name stands for each of its instances.
    const ids = stepsNamed(engine.pipeline, id!);
    if (ids.length === 0) throw new UsageError(`${id}: no such step`);
    const planned = await planSteps(engine.pipeline, engine.graph, decideContext(engine));
    engine.memo.save();
    const texts = ids.map((one) => {
      const step = planned.find((p) => p.id === one)!;
      const closest =
        step.document && closestEntry(engine, getStep(engine.pipeline, one), step.document);
      return describe(step, closest);
    });
    process.stdout.write(`${texts.join('\n\n')}\n`);
    return 0;
  },
};

function describe(
  step: PlannedStep,
  closest: { entry: Manifest; changes: string[] } | undefined,
): string {
  const secrets = step.secrets
    ? `\nsecrets: ${step.secrets.join(', ')} (from the environment)`
    : '';
  const head = `${step.id}: ${step.status} (${describeWhy(step.why)})${secrets}`;
  if (step.status === 'cached') {
    const m = step.manifest;
    return `${head}\nkey ${m.key}, saved ${m.createdAt}${commitText(m, ' at ')}`;
  }
  if (step.status === 'skipped' || step.status === 'pending' || !step.document)
    return `${head}\nits key is known once its upstream has run`;
  if (!closest) return `${head}\nno earlier cached run of ${step.id} to compare with`;
  const { entry, changes } = closest;
  const since = `since its closest cached run (${entry.createdAt}${commitText(entry, ', ')}):`;
  if (changes.length === 0)
    return `${head}\nits key equals that of a cached run (${entry.key.slice(0, 12)})`;
  return [head, since, ...changes.map((r) => `  - ${r}`)].join('\n');
}

/** `commit 0123456789`, and whether the tree had uncommitted changes then. */
function commitText(m: Pick<Manifest, 'commit' | 'dirty'>, lead: string): string {
  if (!m.commit) return '';
  return `${lead}commit ${m.commit.slice(0, 10)}${m.dirty ? ' with uncommitted changes' : ''}`;
}

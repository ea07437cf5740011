import { availableParallelism } from 'node:os';
import { runPipeline } from '../../executor/scheduler.js';
import { forcedSteps, parameterOptions, UsageError, type Command } from '../args.js';
import { createLocalEngine, localOptions } from '../local.js';
import { createProgress, formatRunSummary } from '../progress.js';
import { TOOL_VERSION } from '../../version.js';
import { showFailures } from './failures.js';
import { pruneStore } from '../../executor/store-upkeep.js';
import { hasUncommittedChanges } from '../../workspace/git.js';
import { stateDir } from '../../executor/engine.js';
import { cacheSizeNotice } from '../cache-notice.js';
import { breakSeal, pipelineRoot } from '../seal.js';
import { sealable, writeSeal } from '../seal-write.js';
import { startRecording, stopRecording } from '../../workspace/observed-fs.js';

export const run: Command = {
  name: 'run',
  summary: 'Run the pipeline locally: reuse every step whose key is cached, run the rest.',
  usage: `pipekit run [--pipeline FILE] [--jobs N] [--keep-going] [--set name=value]...
              [--force STEP]... [--no-cache] [--branch NAME]

  --jobs, -j N      steps run at once (default: the number of cores)
  --keep-going, -k  after a failure, go on with the steps that do not depend on it
  --set name=value  override a pipeline parameter (repeatable)
  --force STEP      run STEP even when cached (repeatable)
  --no-cache        neither reuse nor save anything
  --branch NAME     the branch \`if:\` conditions see (default: none, so a step gated
                    on github.ref is skipped locally)
  --verbose, -v     show each running step's output as it is written`,
  options: {
    ...parameterOptions,
    jobs: { type: 'string', short: 'j' },
    'keep-going': { type: 'boolean', short: 'k' },
    force: { type: 'string', multiple: true },
    'no-cache': { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
  },
  async run(values, _positionals, argv) {
    const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1)
      throw new UsageError(`--jobs ${values.jobs}: expected a whole number >= 1`);
    // This run decides afresh: the last no-op's answer no longer stands, whatever comes of it.
    const root = pipelineRoot(values.pipeline as string);
    breakSeal(root);
    const recorder = sealable(values) ? startRecording() : undefined;
    let local;
    try {
      local = createLocalEngine(localOptions(values));
    } finally {
      if (!local) stopRecording();
    }
    if (!local) return 1;
    const { engine, commit } = local;
    const force = forcedSteps(engine.pipeline, values.force);
    const controller = new AbortController();
    let signalled: NodeJS.Signals | undefined;
    const onSignal = (signal: NodeJS.Signals): void => {
      signalled = signal;
      controller.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const progress = createProgress(process.stderr, { verbose: values.verbose === true });
    const results = await runPipeline(engine, {
      runId: newRunId(),
      jobs,
      keepGoing: values['keep-going'] === true,
      useCache: values['no-cache'] !== true,
      force,
      env: process.env,
      signal: controller.signal,
      commit: once(() => ({
        commit,
        dirty: commit ? hasUncommittedChanges(engine.root) : undefined,
      })),
      tool: TOOL_VERSION,
      materialize: 'all',
      onEvent: progress.onEvent,
    });
    stopRecording();
    progress.close();
    if (values['no-cache'] !== true) engine.runState?.save(results);
    pruneStore(engine, STORE_KEEP_MS);
    engine.memo.save();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    let stdout = `\n${formatRunSummary(results)}\n`;
    process.stdout.write(stdout);
    showFailures(results);
    if (results.some((r) => r.status === 'ran')) {
      const notice = cacheSizeNotice(stateDir(engine.root), values.pipeline as string, process.env);
      if (notice) process.stdout.write(`${notice}\n`);
    }
    if (
      !values.branch &&
      results.some((r) => r.status === 'skipped' && r.why.kind === 'condition-false')
    ) {
      const note = 'Steps gated by `if:` see no branch locally; pass --branch main to run them.\n';
      process.stdout.write(note);
      stdout += note;
    }
    if (signalled) return signalled === 'SIGINT' ? 130 : 143;
    if (results.some((r) => r.status === 'failed')) return 1;
    if (recorder && local.warnings() === 0) {
      writeSeal({ root, argv, pipeline: engine.pipeline, results, recorder, stdout });
    }
    return 0;
  },
};

/** Stored outputs that no view shows stay a week after their last use: the cache has them too. */
const STORE_KEEP_MS = 7 * 24 * 3600_000;

function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

function newRunId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${process.pid}`;
}

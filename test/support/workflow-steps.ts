import { resolve } from 'node:path';
import { runBundledAction, type ActionRun } from './action-runner.js';
import { evaluateMap, evaluateString, isTrue, type Scope } from './workflow-expressions.js';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  type MappingToken,
  type ParsedJob,
  type ParsedStep,
  type ParsedWorkflow,
  type TemplateToken,
} from './workflow-parse.js';
import { actionUnderTest, checkout, runScript } from './workflow-processes.js';

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface StepRecord {
  /** The step's `id`, or the parser's generated one (`__actions_checkout`, `__run`, ...). */
  id: string;
  uses?: string;
  outcome: JobResult;
  /** The outcome after `continue-on-error`. */
  conclusion: JobResult;
  /** The evaluated `with` (an action's defaults not included) and step `env`. */
  with: Record<string, string>;
  /** For the action under test: its INPUT_* values, `with` and action.yml defaults. */
  inputs?: Record<string, string>;
  env: Record<string, string>;
  outputs: Record<string, string>;
  /** The process: the action's run, the script's, or the checkout. */
  process?: ActionRun;
  error?: string;
}

/** What a step needs of its run and its job. */
export interface StepContext {
  run: {
    workflow: ParsedWorkflow;
    origin: string;
    /** The run's commit, and the origin's HEAD, which a plain clone checks out. */
    commit: string;
    originHead: string;
    cache?: { url: string; token: string };
    isActionUnderTest(uses: string): boolean;
    warnings: string[];
  };
  job: ParsedJob;
  env: Record<string, string>;
  scope: (env: Record<string, string>) => Scope;
  workspace: string;
  githubEnv: Record<string, string>;
  machine: Record<string, string>;
}

export async function runStep(
  step: ParsedStep,
  ctx: StepContext,
): Promise<{ record: StepRecord; exported: Record<string, string> }> {
  const uses = 'uses' in step.model ? step.model.uses.value : undefined;
  const record: StepRecord = {
    id: step.id,
    ...(uses === undefined ? {} : { uses }),
    outcome: 'skipped',
    conclusion: 'skipped',
    with: {},
    env: {},
    outputs: {},
  };
  let exported: Record<string, string> = {};
  const kind =
    uses === undefined
      ? 'run'
      : /^actions\/checkout@.+$/.test(uses)
        ? 'checkout'
        : ctx.run.isActionUnderTest(uses)
          ? 'action'
          : undefined;
  // An action the runner cannot model stops the test: a fake success would hide it.
  if (kind === undefined) throw new Error(`job ${ctx.job.id}: no model of the action ${uses}`);
  try {
    if (!isTrue(step.model.if.expression, ctx.scope(ctx.env))) return { record, exported };
    record.env = evaluateMap(step.token.find('env'), { ...ctx.scope(ctx.env), status: undefined });
    const env = { ...ctx.env, ...record.env };
    const scope = { ...ctx.scope(env), status: undefined };
    record.with = evaluateMap(step.token.find('with'), scope);
    // "You cannot overwrite the value of the default environment variables named GITHUB_*
    // and RUNNER_*" (Variables reference).
    const processEnv = { ...ctx.machine, ...env, ...ctx.githubEnv };
    if (kind === 'run') {
      const script = evaluateString(step.token.find('run')!, scope);
      const defaults = runDefaults(ctx.run.workflow.root, ctx.job.token);
      const directory = step.token.find('working-directory') ?? defaults['working-directory'];
      const shell = step.token.find('shell') ?? defaults.shell;
      const cwd = directory
        ? resolve(ctx.workspace, evaluateString(directory, scope))
        : ctx.workspace;
      const shellName = shell ? evaluateString(shell, scope) : undefined;
      const ran = await runScript({ script, shell: shellName, cwd, env: processEnv });
      record.process = ran;
      exported = ran.exported;
    } else if (kind === 'checkout') {
      const target = record.with.ref || ctx.run.commit;
      const at = target === ctx.run.originHead ? undefined : target;
      record.process = await checkout(ctx.run.origin, at, ctx.workspace, record.with);
    } else {
      const where = `${ctx.job.id}/${step.id}`;
      record.inputs = await actionInputs(record.with, scope, where, ctx.run.warnings);
      record.process = await runBundledAction({
        workspace: ctx.workspace,
        inputs: record.inputs,
        ...(ctx.run.cache ? { cache: ctx.run.cache } : {}),
        env: processEnv,
      });
    }
    record.outputs = record.process.outputs;
    record.outcome = record.process.code === 0 ? 'success' : 'failure';
  } catch (e) {
    record.error = e instanceof Error ? e.message : String(e);
    record.outcome = 'failure';
  }
  const tolerated =
    record.outcome === 'failure' &&
    tolerates(step.token.find('continue-on-error'), { ...ctx.scope(ctx.env), status: undefined });
  record.conclusion = tolerated ? 'success' : record.outcome;
  return { record, exported };
}

function tolerates(token: TemplateToken | undefined, scope: Scope): boolean {
  if (token === undefined) return false;
  if (isBoolean(token)) return token.value;
  return isBasicExpression(token) && isTrue(scope.expressionOf(token), scope);
}

/** `with` plus the defaults of the inputs it leaves out, as the runner sets INPUT_*. */
async function actionInputs(
  given: Record<string, string>,
  scope: Scope,
  where: string,
  warnings: string[],
): Promise<Record<string, string>> {
  const { inputs } = await actionUnderTest();
  const unexpected = Object.keys(given).filter((name) => !inputs.has(name));
  // GitHub warns and goes on: "Unexpected input(s) ..., valid inputs are [...]".
  if (unexpected.length > 0)
    warnings.push(`${where}: unexpected input(s) ${unexpected.join(', ')}`);
  const out = { ...given };
  for (const [name, value] of inputs) {
    if (!(name in out) && value !== undefined) out[name] = evaluateString(value, scope);
  }
  return out;
}

function runDefaults(
  root: MappingToken,
  job: MappingToken,
): Record<string, TemplateToken | undefined> {
  const from = (token: TemplateToken | undefined) => {
    const run = token && isMapping(token) ? token.find('run') : undefined;
    return run && isMapping(run) ? run : undefined;
  };
  const workflow = from(root.find('defaults'));
  const own = from(job.find('defaults'));
  const pick = (key: string) => own?.find(key) ?? workflow?.find(key);
  return { shell: pick('shell'), 'working-directory': pick('working-directory') };
}

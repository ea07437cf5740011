import { didYouMean } from '../pipeline/suggest.js';
import type { Pipeline } from '../pipeline/types.js';
import type { StepEntry } from './wire-step.js';

export type StepLanguage = 'python' | 'bash';

/** `pipekit add-step ID ...` as asked. */
interface NewStepRequest {
  id: string;
  after: string[];
  runner?: string;
  language: StepLanguage;
}

/** One input of the new step: an upstream output, read as a path. */
export interface BoundInput {
  name: string;
  step: string;
  output: string;
}

/** The new step's one output: a folder its code fills. */
export const NEW_STEP_OUTPUT = 'result';

const STEP_ID = /^[a-z][a-z0-9_-]*$/;

/** Why the id cannot be a step id, or undefined when it can. */
export function checkStepId(id: string): string | undefined {
  return STEP_ID.test(id)
    ? undefined
    : `\`${id}\` is not a step id: a lowercase letter, then lowercase letters, digits, \`_\` or \`-\``;
}

/**
 * The new step's entry under `steps:` and its inputs, or every reason it cannot be added to
 * this pipeline (all of them, so one attempt shows them all). `folderTaken` says whether
 * `steps/ID` exists already on disk.
 */
export function planNewStep(
  pipeline: Pipeline,
  request: NewStepRequest,
  folderTaken: boolean,
): { entry: StepEntry; inputs: BoundInput[] } | { problems: string[] } {
  const problems: string[] = [];
  const ids = pipeline.steps.map((step) => step.id);
  if (ids.includes(request.id)) {
    problems.push(`the pipeline has a step \`${request.id}\` already`);
  }
  if (folderTaken) problems.push(`${stepFolder(request.id)}/ exists already`);
  for (const after of request.after) {
    if (!ids.includes(after)) {
      problems.push(`--after ${after}: no such step${didYouMean(after, ids)}`);
    }
  }
  const labels = Object.keys(pipeline.runners);
  const runner = request.runner ?? pipeline.defaultRunner;
  if (!labels.includes(runner)) {
    problems.push(
      `--runner ${runner}: no such runner label in \`runners:\` (known: ${labels.join(', ')})${didYouMean(runner, labels)}`,
    );
  }
  if (problems.length > 0) return { problems };

  const after = [...new Set(request.after)];
  const outputs = after.flatMap((step) => {
    const found = pipeline.steps.find((s) => s.id === step);
    return Object.keys(found?.component.outputs ?? {}).map((output) => ({ step, output }));
  });
  const inputs = nameInputs(outputs);
  const entry: StepEntry = {
    id: request.id,
    uses: `./${stepFolder(request.id)}`,
    runner,
    // A step with no outputs to read is still waited for.
    needs: after.filter((step) => !outputs.some((o) => o.step === step)),
    with: Object.fromEntries(
      inputs.map((i) => [i.name, `\${{ steps.${i.step}.outputs.${i.output} }}`]),
    ),
  };
  return { entry, inputs };
}

export function stepFolder(id: string): string {
  return `steps/${id}`;
}

/**
 * One input per upstream output: named after the output when no other upstream output and
 * not the step's own output has that name, else `<step>_<output>`; `-` becomes `_` so that
 * every name is an identifier in Python and bash.
 */
function nameInputs(outputs: { step: string; output: string }[]): BoundInput[] {
  const count = new Map<string, number>();
  for (const { output } of outputs) count.set(output, (count.get(output) ?? 0) + 1);
  const taken = new Set([NEW_STEP_OUTPUT]);
  return outputs.map(({ step, output }) => {
    const plain = identifier(output);
    let name =
      count.get(output) === 1 && !taken.has(plain) ? plain : identifier(`${step}_${output}`);
    for (let n = 2; taken.has(name); n++) name = identifier(`${step}_${output}_${n}`);
    taken.add(name);
    return { name, step, output };
  });
}

function identifier(text: string): string {
  return text.replace(/-/g, '_');
}

import type {
  Binding,
  Component,
  Edge,
  GithubOptions,
  Graph,
  InputSpec,
  Pipeline,
  RunsOn,
  Step,
  Triggers,
} from '../../src/pipeline/types.js';

/** Hand-built models for the compiler's unit tests: no loader, no files. */

export interface StepSketch {
  id: string;
  runner?: string;
  /** Upstream data edges: input name -> `step.output`. */
  data?: Record<string, string>;
  needs?: string[];
  cache?: boolean;
  if?: string;
  timeoutMinutes?: number;
  retries?: number;
}

export interface PipelineSketch {
  name?: string;
  inputs?: Record<string, InputSpec>;
  runners?: Record<string, RunsOn>;
  defaultRunner?: string;
  steps: StepSketch[];
  on?: Triggers;
  github?: GithubOptions;
}

export function makePipeline(sketch: PipelineSketch): { pipeline: Pipeline; graph: Graph } {
  const defaultRunner = sketch.defaultRunner ?? 'cpu';
  const steps = sketch.steps.map((s) => makeStep(s, defaultRunner));
  const pipeline: Pipeline = {
    name: sketch.name ?? 'sketch',
    file: 'pipeline.yml',
    inputs: sketch.inputs ?? {},
    runners: sketch.runners ?? { cpu: 'ubuntu-latest' },
    defaultRunner,
    steps,
    on: sketch.on,
    github: sketch.github,
  };
  return { pipeline, graph: makeGraph(steps) };
}

function makeStep(s: StepSketch, defaultRunner: string): Step {
  const withBindings: Record<string, Binding> = {};
  for (const [input, ref] of Object.entries(s.data ?? {})) {
    const [step, output] = ref.split('.') as [string, string];
    withBindings[input] = { kind: 'step-output', step, output };
  }
  const component: Component = {
    dir: `steps/${s.id}`,
    file: `steps/${s.id}/component.yml`,
    inputs: Object.fromEntries(Object.keys(withBindings).map((k) => [k, { type: 'path' }])),
    outputs: { out: { type: 'dir' } },
    run: [{ text: 'true' }],
    runText: 'true',
    env: {},
    envText: {},
    timeoutMinutes: s.timeoutMinutes,
    retries: s.retries ?? 0,
  };
  return {
    id: s.id,
    uses: `./steps/${s.id}`,
    component,
    runner: s.runner ?? defaultRunner,
    with: withBindings,
    needs: s.needs ?? [],
    cache: s.cache ?? true,
    keyParts: [],
    keyCommands: [],
    secrets: [],
    if: s.if,
    source: { file: 'pipeline.yml', line: 1, column: 1 },
  };
}

/** Kahn's algorithm, file order among equals: the order the loader promises. */
function makeGraph(steps: Step[]): Graph {
  const edges: Edge[] = [];
  for (const step of steps) {
    for (const [input, binding] of Object.entries(step.with)) {
      if (binding.kind === 'step-output') {
        edges.push({ from: binding.step, to: step.id, output: binding.output, input });
      }
    }
    for (const from of step.needs) edges.push({ from, to: step.id });
  }
  const upstream: Record<string, string[]> = {};
  const downstream: Record<string, string[]> = {};
  for (const step of steps) {
    upstream[step.id] = [];
    downstream[step.id] = [];
  }
  for (const edge of edges) {
    if (!upstream[edge.to]?.includes(edge.from)) upstream[edge.to]?.push(edge.from);
    if (!downstream[edge.from]?.includes(edge.to)) downstream[edge.from]?.push(edge.to);
  }
  const order: string[] = [];
  const done = new Set<string>();
  while (order.length < steps.length) {
    const next = steps.find(
      (s) => !done.has(s.id) && (upstream[s.id] ?? []).every((u) => done.has(u)),
    );
    if (next === undefined) throw new Error('cycle in a test sketch');
    order.push(next.id);
    done.add(next.id);
  }
  return { order, edges, upstream, downstream };
}

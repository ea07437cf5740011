import { posix } from 'node:path';
import { compareDiagnostics } from '../diagnostics.js';
import type { Diagnostic, DiagnosticCode } from '../diagnostics.js';
import { ComponentFiles } from './component-file.js';
import { buildGraph } from './graph.js';
import { asRecord, asString, dict, entriesOf } from './narrow.js';
import type { Plain } from './narrow.js';
import { checkSchema } from './schema-check.js';
import { checkInputs, readInputs } from './specs.js';
import { expandMatrixSteps } from './matrix-steps.js';
import { checkRunner, draftSteps, finishStep } from './steps.js';
import type { StepScope } from './steps.js';
import type { Component, Graph, Pipeline, RepoView, RunsOn, Step } from './types.js';
import { duplicateKey, locate, parseYaml, reporter } from './yaml-source.js';
import type { Path, YamlFile } from './yaml-source.js';
import { readGithubOptions, readTriggers } from './workflow-options.js';

interface LoadOptions {
  /** The pipeline file as the user named it; its folder is the root. */
  file: string;
  text: string;
  /** The root's files; component paths are read through it, relative to the root. */
  repo: RepoView;
}

interface LoadResult {
  /** Present only when there are no diagnostics. */
  pipeline?: Pipeline;
  graph?: Graph;
  /** Every problem found, in file, line, column order. */
  diagnostics: Diagnostic[];
}

/** Parses and validates a pipeline and its components, and builds its graph. */
export function loadPipeline(opts: LoadOptions): LoadResult {
  const parsed = parseYaml(opts.file, opts.text, { duplicate: duplicateOf });
  const diagnostics = parsed.diagnostics;
  if (!parsed.yaml) return { diagnostics: diagnostics.sort(compareDiagnostics) };
  const report = reporter(parsed.yaml, diagnostics);
  checkSchema('pipeline', parsed.yaml.value, report);
  const raw = asRecord(parsed.yaml.value) ?? {};
  const scope = pipelineScope(opts, parsed.yaml, raw, diagnostics);
  checkInputs(scope.params, ['inputs'], { report, repo: opts.repo, dir: '' });
  const defaultRunner = asString(asRecord(raw.defaults)?.runner);
  if (defaultRunner !== undefined) checkRunner(defaultRunner, ['defaults', 'runner'], scope);

  const github = readGithubOptions(raw.github, report);

  const drafts = draftSteps(raw.steps, scope);
  for (const draft of drafts) scope.components.set(draft.id, draft.component);
  const matrices = new Map(drafts.flatMap((d) => (d.matrix ? [[d.id, d.matrix] as const] : [])));
  const steps = expandMatrixSteps(
    drafts.map((draft) => finishStep(draft, scope)),
    matrices,
    scope,
  );
  const needsAt = new Map(drafts.map((draft) => [draft.id, draft.needsAt]));
  // An instance's edges are written in its matrix step.
  const written = new Map(steps.map((s) => [s.id, s.matrix?.step ?? s.id]));
  const built = buildGraph(steps, (edge) => {
    const [to, from] = [written.get(edge.to) ?? edge.to, written.get(edge.from) ?? edge.from];
    const path =
      edge.input === undefined ? needsAt.get(to)?.get(from) : ['steps', to, 'with', edge.input];
    return locate(parsed.yaml as YamlFile, { path: path ?? ['steps', to], hole: 0 });
  });
  diagnostics.push(...built.diagnostics);
  diagnostics.sort(compareDiagnostics);
  if (diagnostics.length > 0 || !built.graph) return { diagnostics };
  const pipeline: Pipeline = {
    name: asString(raw.name) ?? defaultName(opts.file),
    file: opts.file,
    inputs: scope.params,
    runners: runnersOf(raw),
    defaultRunner: scope.defaultRunner,
    steps: steps.filter((step): step is Step => step.component !== undefined),
  };
  const description = asString(raw.description);
  if (description !== undefined) pipeline.description = description;
  const on = readTriggers(raw.on);
  if (on !== undefined) pipeline.on = on;
  if (github !== undefined) pipeline.github = github;
  return { pipeline, graph: built.graph, diagnostics };
}

function duplicateOf(path: Path, key: string): { code: DiagnosticCode; message: string } {
  if (path.length === 1 && path[0] === 'steps') {
    return {
      code: 'duplicate-step',
      message: `duplicate step \`${key}\`: step ids must be unique`,
    };
  }
  return duplicateKey(path, key);
}

function pipelineScope(
  opts: LoadOptions,
  yaml: YamlFile,
  raw: Plain,
  diagnostics: Diagnostic[],
): StepScope {
  const runners = Object.keys(runnersOf(raw));
  const declaredDefault = asString(asRecord(raw.defaults)?.runner);
  return {
    report: reporter(yaml, diagnostics),
    repo: opts.repo,
    params: readInputs(raw.inputs),
    stepIds: new Set(entriesOf(raw.steps).map(([id]) => id)),
    components: new Map<string, Component | undefined>(),
    files: new ComponentFiles(opts.repo, posix.dirname(opts.file), diagnostics),
    inlineFile: posix.basename(opts.file),
    runners,
    // Without defaults.runner: `cpu` when declared (it is the implicit label), else the first one.
    defaultRunner: declaredDefault ?? (runners.includes('cpu') ? 'cpu' : (runners[0] ?? 'cpu')),
    locate: (where) => locate(yaml, where),
  };
}

/** The declared runners; none (or an empty map) means the implicit `{ cpu: ubuntu-latest }`. */
function runnersOf(raw: Plain): Record<string, RunsOn> {
  const runners = dict<RunsOn>();
  for (const [label, value] of entriesOf(raw.runners)) {
    if (typeof value === 'string' || Array.isArray(value) || asRecord(value)) {
      runners[label] = value as RunsOn;
    }
  }
  return Object.keys(runners).length > 0 ? runners : { cpu: 'ubuntu-latest' };
}

function defaultName(file: string): string {
  const folder = posix.basename(posix.dirname(file));
  return folder === '.' || folder === '' ? 'pipeline' : folder;
}

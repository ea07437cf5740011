import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkWorkflow, compileWorkflow } from '../../github/compile.js';
import { loadPipeline } from '../../pipeline/load.js';
import type { Graph, Pipeline } from '../../pipeline/types.js';
import { formatDiagnostics } from '../../report/diagnostics.js';
import { addCodeOwner, checkOwner, CODEOWNERS_PLACES } from '../../scaffold/codeowners.js';
import { checkStepId, planNewStep, stepFolder } from '../../scaffold/new-step.js';
import type { StepLanguage } from '../../scaffold/new-step.js';
import { newStepFiles } from '../../scaffold/step-files.js';
import { addStepToPipeline } from '../../scaffold/wire-step.js';
import { writeFilesTogether, type FileToWrite } from '../../workspace/atomic-write.js';
import { repositoryRoot } from '../../workspace/git.js';
import { overlayView } from '../../workspace/overlay-view.js';
import { createRepoView } from '../../workspace/repo-view.js';
import { UsageError, type Command } from '../args.js';
import { openOrReport } from '../local.js';

export const addStep: Command = {
  name: 'add-step',
  summary:
    'Scaffold a step: steps/ID/component.yml and its code, wired into the pipeline after the steps it reads, its CODEOWNERS line, the workflow recompiled.',
  usage: `pipekit add-step ID [--after STEP]... [--runner LABEL] [--owner @team] [--language python|bash] [--pipeline FILE]

  --after STEP     a step whose outputs the new step reads, one input (a path) per output;
                   repeat it or separate steps with commas
  --runner LABEL   a label of the pipeline's \`runners:\` (default: its default runner)
  --owner OWNER    adds \`/steps/ID/ OWNER\` to CODEOWNERS (@user, @org/team or an e-mail);
                   repeat it for several owners
  --language LANG  python (default) or bash: the code stub

Nothing is written unless all of it can be. The workflow is recompiled when it exists and was
up to date; otherwise run \`pipekit compile\` yourself.`,
  options: {
    after: { type: 'string', multiple: true },
    runner: { type: 'string' },
    owner: { type: 'string', multiple: true },
    language: { type: 'string', default: 'python' },
  },
  positionals: 1,
  async run(values, positionals) {
    const id = positionals[0] as string;
    const language = values.language as string;
    const owners = (values.owner as string[] | undefined) ?? [];
    const usage = [
      checkStepId(id),
      language === 'python' || language === 'bash'
        ? undefined
        : `--language ${language}: expected python or bash`,
      ...owners.map(checkOwner),
    ].filter((m): m is string => m !== undefined);
    if (usage.length > 0) throw new UsageError(usage.join('\n'));

    const file = values.pipeline as string;
    const opened = openOrReport(file);
    if (!opened?.pipeline || !opened.graph) return 1;
    const { root, pipeline } = opened;
    const folder = stepFolder(id);
    const after = ((values.after as string[] | undefined) ?? []).flatMap((a) =>
      a
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    );
    const runner = values.runner as string | undefined;
    const request = {
      id,
      after,
      language: language as StepLanguage,
      ...(runner ? { runner } : {}),
    };
    const plan = planNewStep(pipeline, request, exists(join(root, folder)));
    if ('problems' in plan) {
      for (const problem of plan.problems) process.stderr.write(`pipekit add-step: ${problem}\n`);
      process.stderr.write('Nothing was written.\n');
      return 1;
    }

    const text = opened.sources.get(file) ?? readFileSync(file, 'utf8');
    const wired = addStepToPipeline(text, plan.entry);
    if (wired === undefined) {
      process.stderr.write(
        `pipekit add-step: ${file}: \`steps:\` is not a block mapping (one step per line group); add the step by hand. Nothing was written.\n`,
      );
      return 1;
    }
    const schema = /^# yaml-language-server: \$schema=(\S+)/m.exec(text)?.[1];
    const stepFiles = newStepFiles({
      id,
      language: request.language,
      inputs: plan.inputs,
      ...(schema ? { pipelineSchema: schema } : {}),
    });
    const overlay = new Map(stepFiles.map((f) => [`${folder}/${f.name}`, f.text]));
    const loaded = loadPipeline({
      file,
      text: wired,
      repo: overlayView(createRepoView(root), folder, overlay),
    });
    if (!loaded.pipeline || !loaded.graph) {
      const sources = new Map([...opened.sources, [file, wired]]);
      for (const [path, content] of overlay) sources.set(displayPath(file, path), content);
      process.stderr.write(
        `${formatDiagnostics(loaded.diagnostics, sources)}\nNothing was written.\n`,
      );
      return 1;
    }

    const writes: FileToWrite[] = [
      ...stepFiles.map((f) => ({
        path: join(root, folder, f.name),
        content: f.text,
        executable: f.executable,
        create: true,
      })),
      { path: resolve(file), content: wired, create: false },
    ];
    const repoRoot = repositoryRoot(root) ?? root;
    const said: string[] = [];
    const owned = codeOwnersWrite(repoRoot, join(root, folder), owners);
    if (owned) {
      writes.push(owned.write);
      said.push(`${shown(owned.write.path)}: added ${owned.line}`);
    } else {
      said.push(`CODEOWNERS: no line added (pass --owner @team to add \`/${folder}/ @team\`)`);
    }
    const workflow = recompile({
      repoRoot,
      file,
      before: { pipeline, graph: opened.graph },
      after: { pipeline: loaded.pipeline, graph: loaded.graph },
    });
    if ('problem' in workflow) {
      process.stderr.write(`pipekit add-step: ${workflow.problem}\nNothing was written.\n`);
      return 1;
    }
    if (workflow.write) writes.push(workflow.write);
    said.push(workflow.said);

    writeFilesTogether(writes);
    const inputs = plan.inputs.map((i) => `${i.name} (${i.step}.${i.output})`);
    process.stdout.write(
      [
        `Added the step ${id} to ${file}, on runner ${plan.entry.runner}${
          inputs.length > 0 ? `, reading ${inputs.join(', ')}` : ''
        }${plan.entry.needs.length > 0 ? `, after ${plan.entry.needs.join(', ')}` : ''}.`,
        ...stepFiles.map((f) => `${shown(join(root, folder, f.name))}: new`),
        ...said,
        `Next: replace the stub with the step's work, run \`npx pipekit run\` (only ${id} runs), and commit.`,
        '',
      ].join('\n'),
    );
    return 0;
  },
};

function exists(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}

function displayPath(pipelineFile: string, rel: string): string {
  const dir = pipelineFile.includes('/')
    ? pipelineFile.slice(0, pipelineFile.lastIndexOf('/'))
    : '';
  return dir === '' || dir === '.' ? rel : `${dir}/${rel}`;
}

/** The CODEOWNERS GitHub reads, with the new folder's line; none without --owner. */
function codeOwnersWrite(
  repoRoot: string,
  folder: string,
  owners: string[],
): { write: FileToWrite; line: string } | undefined {
  if (owners.length === 0) return undefined;
  const place = CODEOWNERS_PLACES.map((p) => join(repoRoot, p)).find(exists);
  const path = place ?? join(repoRoot, 'CODEOWNERS');
  const pattern = `/${relative(repoRoot, folder).split(sep).join('/')}/`;
  const text = place ? readFileSync(place, 'utf8') : '';
  return {
    write: { path, content: addCodeOwner(text, pattern, owners), create: place === undefined },
    line: `${pattern} ${owners.join(' ')}`,
  };
}

interface Model {
  pipeline: Pipeline;
  graph: Graph;
}

/**
 * The workflow recompiled when it exists and is what `compile` wrote for the pipeline as it
 * was: a missing workflow stays missing (the pipeline may run only locally), and one that
 * was stale or compiled with other options (`--action`) is left for `pipekit compile`.
 */
function recompile(opts: {
  repoRoot: string;
  file: string;
  before: Model;
  after: Model;
}): { write?: FileToWrite; said: string } | { problem: string } {
  const pipelinePath = relative(opts.repoRoot, resolve(opts.file)).split(sep).join('/');
  const before = compileWorkflow(opts.before.pipeline, opts.before.graph, { pipelinePath });
  const path = join(opts.repoRoot, before.names.workflowFile);
  if (!existsSync(path)) {
    return { said: `${shown(path)}: none; \`pipekit compile\` writes it when you want one` };
  }
  const existing = readFileSync(path, 'utf8');
  if (before.text === undefined || !checkWorkflow(existing, before.text).upToDate) {
    return {
      said: `${shown(path)}: left as it was (it was not up to date before, or compiled with other options): run \`pipekit compile\``,
    };
  }
  const after = compileWorkflow(opts.after.pipeline, opts.after.graph, { pipelinePath });
  if (after.text === undefined) {
    const messages = after.problems.map((p) => p.message).join('; ');
    return { problem: `the workflow would not compile with the new step: ${messages}` };
  }
  return {
    write: { path, content: after.text, create: false },
    said: `${shown(path)}: recompiled`,
  };
}

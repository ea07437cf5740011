import { lstatSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { compileWorkflow } from '../../github/compile.js';
import { workflowNames } from '../../github/naming.js';
import { loadPipeline } from '../../pipeline/load.js';
import { formatDiagnostics } from '../../report/diagnostics.js';
import { describeTemplate, nextSteps } from '../../scaffold/next-steps.js';
import { writeFilesTogether } from '../../workspace/atomic-write.js';
import { repositoryRoot } from '../../workspace/git.js';
import { createRepoView } from '../../workspace/repo-view.js';
import { listTemplates, readTemplateFiles, templatesDir } from '../../workspace/templates.js';
import type { TemplateFile } from '../../workspace/templates.js';
import { UsageError, type Command } from '../args.js';

const DEFAULT_TEMPLATE = 'tabular-classification';

export const init: Command = {
  name: 'init',
  summary:
    'Start a repository from a template: its pipeline, steps, data, CODEOWNERS, .gitignore and compiled workflow.',
  usage: `pipekit init [--template NAME] [DIR]
       pipekit init --list

  DIR              where to write it (default: the current folder); it may hold other files,
                   but none that the template would overwrite
  --template NAME  the template (default: ${DEFAULT_TEMPLATE})
  --list           list the templates`,
  options: { template: { type: 'string', default: DEFAULT_TEMPLATE }, list: { type: 'boolean' } },
  positionals: [0, 1],
  pipelineOption: false,
  async run(values, positionals) {
    const templates = listTemplates(templatesDir());
    if (values.list) {
      const width = Math.max(0, ...templates.map((t) => t.name.length));
      for (const t of templates) {
        process.stdout.write(`${t.name.padEnd(width)}  ${describeTemplate(t.pipelineText)}\n`);
      }
      return 0;
    }
    const name = values.template as string;
    const template = templates.find((t) => t.name === name);
    if (!template) {
      const known = templates.map((t) => t.name).join(', ');
      throw new UsageError(`no template \`${name}\` (templates: ${known}; see --list)`);
    }
    const dir = resolve(positionals[0] ?? '.');
    if (lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) {
      throw new UsageError(`${positionals[0]} is a file, not a folder`);
    }
    const root = repositoryRoot(dir) ?? dir;
    const pipelinePath = relative(root, join(dir, 'pipeline.yml')).split(sep).join('/');
    const source = join(templatesDir(), name);
    const workflow = compileTemplate(source, template.pipelineText, pipelinePath);
    if (workflow === undefined) return 1;
    // The template's own compiled workflow is replaced by the one compiled for this place.
    const ownWorkflow = workflowNames('pipeline.yml').workflowFile;
    const files = readTemplateFiles(source).filter((f) => f.path !== ownWorkflow);
    const targets = [
      ...files.map((f) => ({ ...f, path: join(dir, f.path) })),
      { path: join(root, workflow.file), content: Buffer.from(workflow.text), executable: false },
    ];
    const conflicts = findConflicts(targets, root);
    if (conflicts.length > 0) {
      const shown = conflicts.map((path) => `  ${relative(process.cwd(), path) || path}`);
      process.stderr.write(
        `pipekit init: these files exist already; nothing was written:\n${shown.join('\n')}\n`,
      );
      return 1;
    }
    writeFilesTogether(targets.map((t) => ({ ...t, create: true })));
    const shownDir = relative(process.cwd(), dir) || '.';
    process.stdout.write(
      nextSteps({
        template: name,
        files: targets.length,
        dir: shownDir,
        inRepository: root !== dir ? relative(process.cwd(), root) || '.' : undefined,
        workflowFile: relative(process.cwd(), join(root, workflow.file)),
        resultCheck: workflow.resultCheck,
        pipelineText: template.pipelineText,
        codeowners: files.some((f) => f.path === 'CODEOWNERS' || f.path === '.github/CODEOWNERS'),
      }),
    );
    return 0;
  },
};

/** The template's workflow as this repository is to run it; undefined (reported) if broken. */
function compileTemplate(
  source: string,
  text: string,
  pipelinePath: string,
): { file: string; text: string; resultCheck: string } | undefined {
  // Read in place through a view: nothing (not even a model cache) is written into the package.
  const loaded = loadPipeline({ file: 'pipeline.yml', text, repo: createRepoView(source) });
  if (!loaded.pipeline || !loaded.graph) {
    const shown = formatDiagnostics(loaded.diagnostics, new Map([['pipeline.yml', text]]));
    process.stderr.write(`pipekit init: the template at ${source} is broken:\n${shown}\n`);
    return undefined;
  }
  const compiled = compileWorkflow(loaded.pipeline, loaded.graph, { pipelinePath });
  if (compiled.text === undefined) {
    const messages = compiled.problems.map((p) => `  ${p.message}`).join('\n');
    process.stderr.write(`pipekit init: the template's workflow does not compile:\n${messages}\n`);
    return undefined;
  }
  const label = compiled.names.label;
  return {
    file: compiled.names.workflowFile,
    text: compiled.text,
    resultCheck: label === '' ? 'pipekit result' : `pipekit result (${label})`,
  };
}

/**
 * Every target that exists already, or whose folder is a file: all of them, so that one
 * attempt lists them all. Folders from `top` down are expected to be folders.
 */
function findConflicts(targets: readonly TemplateFile[], top: string): string[] {
  const conflicts = new Set<string>();
  for (const { path } of targets) {
    let blocked = false;
    for (let at = dirname(path); at.startsWith(top) && at !== top; at = dirname(at)) {
      const stat = lstatSync(at, { throwIfNoEntry: false });
      if (stat && !stat.isDirectory()) {
        conflicts.add(at);
        blocked = true;
      }
    }
    if (!blocked && lstatSync(path, { throwIfNoEntry: false })) conflicts.add(path);
  }
  return [...conflicts].sort();
}

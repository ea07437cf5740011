import { parse } from 'yaml';

/** A template's `description` from its pipeline file, for `init --list`. */
export function describeTemplate(pipelineText: string): string {
  const description = plainRecord(pipelineText)?.description;
  return typeof description === 'string' ? description : '(no description)';
}

interface NextStepsOptions {
  template: string;
  files: number;
  /** The new repository's folder as the user sees it ('.' for the current one). */
  dir: string;
  /** The repository the folder is already part of, when it is one. */
  inRepository?: string;
  workflowFile: string;
  /** The name of the workflow's result job: the check to require. */
  resultCheck: string;
  pipelineText: string;
  codeowners: boolean;
}

/** What `init` says it did, and what to do next: from a folder to a protected branch. */
export function nextSteps(opts: NextStepsOptions): string {
  const runners = plainRecord(opts.pipelineText)?.runners;
  const labels =
    runners && typeof runners === 'object' ? Object.keys(runners).map((l) => `\`${l}\``) : [];
  const lines = [
    `Wrote ${opts.files} files from the template ${opts.template} into ${opts.dir}, with the workflow ${opts.workflowFile}.`,
    '',
    'Next:',
    ...(opts.dir === '.' ? [] : [`  cd ${opts.dir}`]),
    ...(opts.inRepository === undefined
      ? [
          '  git init -b main',
          `  git add -A && git commit -m "Start from the pipekit template ${opts.template}"`,
        ]
      : [
          `  git add -A && git commit -m "Add a pipeline from the pipekit template ${opts.template}"`,
        ]),
    '  npx pipekit run      # runs every step; run it again and nothing runs',
    ...(opts.inRepository === undefined
      ? ['  git remote add origin <your GitHub repository URL> && git push -u origin main']
      : ['  git push']),
    '',
    'On GitHub:',
    `  - Require the status check \`${opts.resultCheck}\` on main (Settings > Rules, or branch`,
    '    protection): it fails when a step fails, and step jobs come and go with the steps.',
    ...(labels.length > 0
      ? [
          `  - Point the runner labels (${labels.join(', ')}) in pipeline.yml \`runners:\` at your`,
          '    machines, then run `npx pipekit compile` and commit the workflow.',
        ]
      : []),
    ...(opts.codeowners
      ? ['  - Replace the placeholder owners in CODEOWNERS with your teams or users.']
      : []),
    ...(opts.inRepository !== undefined
      ? [
          `  - GitHub reads CODEOWNERS and .github/ only at the repository root: move what`,
          `    ${opts.dir} holds of them there (CODEOWNERS paths start at the root).`,
        ]
      : []),
    '',
  ];
  return lines.join('\n');
}

function plainRecord(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

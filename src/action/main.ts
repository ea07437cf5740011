import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { formatDiagnostic } from '../report/diagnostics.js';
import { renderDiagnosticsSummary } from '../report/summary.js';
import { openPipeline } from '../workspace/open.js';
import { runCommand } from './commands.js';
import { InputError, readInputs } from './inputs.js';

/** GitHub shows at most 10 annotations of a step; the rest go to the log and the summary. */
const MAX_ANNOTATIONS = 10;

export async function runAction(): Promise<void> {
  try {
    const opts = readInputs();
    const opened = openPipeline(opts.pipeline);
    if (opened.diagnostics.length > 0 || !opened.pipeline || !opened.graph) {
      await reportDiagnostics(opened);
      return;
    }
    const failed = await runCommand(opts, {
      root: opened.root,
      pipeline: opened.pipeline,
      graph: opened.graph,
    });
    if (failed.length > 0) core.setFailed(`pipekit: ${failed.join(', ')} failed`);
  } catch (error) {
    if (error instanceof InputError || error instanceof UserError) core.setFailed(error.message);
    else throw error;
  }
}

async function reportDiagnostics(opened: ReturnType<typeof openPipeline>): Promise<void> {
  const { diagnostics, sources } = opened;
  diagnostics.forEach((d, i) => {
    if (i < MAX_ANNOTATIONS) {
      core.error(`${d.code}: ${d.message}`, {
        title: `pipekit ${d.code}`,
        file: d.file,
        startLine: d.line,
        startColumn: d.column,
      });
    }
    core.info(formatDiagnostic(d, sources.get(d.file)));
  });
  await core.summary
    .addRaw(renderDiagnosticsSummary('pipekit: the pipeline is invalid', diagnostics))
    .write();
  core.setFailed(
    `pipekit: ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} in the pipeline`,
  );
}

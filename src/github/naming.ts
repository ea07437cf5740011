import { createHash } from 'node:crypto';

/** How one pipeline's workflow is told apart from another's in the same repository. */
export interface WorkflowNames {
  /** The pipeline file from the repository root, POSIX style: `ml/churn/pipeline.yml`. */
  pipelinePath: string;
  /** `ml/churn` for `ml/churn/pipeline.yml`, `nightly` for `nightly.yml`; '' for `pipeline.yml`. */
  label: string;
  /** From the repository root: `.github/workflows/pipekit.yml` or `pipekit-ml-churn.yml`. */
  workflowFile: string;
  /** Every cache key of this pipeline starts with it: `pipekit` or `pipekit-ml-churn`. */
  cachePrefix: string;
}

const PIPELINE_FILE = /(^|\/)pipeline\.ya?ml$/;

/**
 * The names of the workflow of the pipeline at `pipelinePath` (from the repository root).
 * The pipeline at the root keeps the plain names (`pipekit.yml`, prefix `pipekit`); any
 * other is named by its path, so that two pipelines never share a file, a cache prefix, a
 * concurrency group or a required check.
 */
export function workflowNames(pipelinePath: string): WorkflowNames {
  const label = PIPELINE_FILE.test(pipelinePath)
    ? pipelinePath.replace(PIPELINE_FILE, '')
    : pipelinePath.replace(/\.ya?ml$/, '');
  const slug = label === '' ? '' : slugOf(label);
  const base = slug === '' ? 'pipekit' : `pipekit-${slug}`;
  return { pipelinePath, label, workflowFile: `.github/workflows/${base}.yml`, cachePrefix: base };
}

function slugOf(label: string): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9_.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  // A label of only other characters still needs a name of its own.
  return slug !== '' ? slug : createHash('sha256').update(label).digest('hex').slice(0, 8);
}

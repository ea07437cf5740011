import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { readFileSync } from 'node:fs';
import { commentMarker } from '../report/pr-comment.js';

/** The pull request a `pull_request` run is for, from the event payload the runner leaves. */
interface PullRequest {
  owner: string;
  repo: string;
  number: number;
  /** The base branch's name: `main`. */
  base: string;
  /** Whether its head is another repository: its token is read-only (GITHUB-FACTS.md). */
  fork: boolean;
}

/** GitHub refuses an issue comment longer than this many characters. */
const MAX_COMMENT = 65_536;

export function pullRequestOf(env: NodeJS.ProcessEnv): PullRequest | undefined {
  if (env.GITHUB_EVENT_NAME !== 'pull_request' || !env.GITHUB_EVENT_PATH) return undefined;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let event: {
    pull_request?: {
      number?: unknown;
      base?: { ref?: unknown };
      head?: { repo?: { full_name?: unknown } | null };
    };
  };
  try {
    event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as typeof event;
  } catch {
    return undefined;
  }
  const pr = event.pull_request;
  const base = typeof pr?.base?.ref === 'string' ? pr.base.ref : env.GITHUB_BASE_REF;
  if (!owner || !repo || typeof pr?.number !== 'number' || !base) return undefined;
  // A deleted fork has no head repository: still not this one.
  const fork = pr.head?.repo?.full_name !== env.GITHUB_REPOSITORY;
  return { owner, repo, number: pr.number, base, fork };
}

/**
 * Writes `body` as the one comment of this workflow on the pull request: the comment that
 * starts with the workflow's marker is edited in place, else one is created. Where the token
 * cannot write (a fork's pull request, no token, a 403) it says so in one notice line and the
 * job summary alone carries the text: a comment is never worth a failed job.
 */
export async function publishComment(
  pr: PullRequest,
  workflowFile: string,
  body: string,
  token: string,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const summaryOnly = (why: string) =>
    core.notice(`pipekit: the plan is in the job summary only: ${why}`);
  if (pr.fork) return summaryOnly('a pull request from a fork gets a read-only token');
  if (token === '') return summaryOnly('no token (the `token` input is empty)');
  // Every GitHub runner sets it; without it this is no run on GitHub.
  if (!env.GITHUB_API_URL) return summaryOnly('GITHUB_API_URL is not set');
  const marker = commentMarker(workflowFile);
  const text = fitComment(body);
  try {
    const octokit = getOctokit(token, { baseUrl: env.GITHUB_API_URL });
    const target = { owner: pr.owner, repo: pr.repo };
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...target,
      issue_number: pr.number,
      per_page: 100,
    });
    const ours = comments.find((c) => c.body?.startsWith(marker));
    if (ours) {
      await octokit.rest.issues.updateComment({ ...target, comment_id: ours.id, body: text });
    } else {
      await octokit.rest.issues.createComment({ ...target, issue_number: pr.number, body: text });
    }
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const why =
      status === 403 || status === 404
        ? `the token may not comment on pull requests (${status}; the job needs \`permissions: pull-requests: write\`)`
        : `the comment could not be written (${error instanceof Error ? error.message : String(error)})`;
    summaryOnly(why);
  }
}

/** A comment past GitHub's limit is cut at a line, with a pointer to the job summary. */
function fitComment(body: string): string {
  if (body.length <= MAX_COMMENT) return body;
  const note = '\n\n… cut here: the whole text is in the job summary.\n';
  const cut = body.slice(0, MAX_COMMENT - note.length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf('\n'), 0))}${note}`;
}

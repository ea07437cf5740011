import { createHash, randomBytes } from 'node:crypto';

/** A GITHUB_TOKEN permission level ("Controlling permissions for GITHUB_TOKEN"). */
export type Access = 'none' | 'read' | 'write';

/** What a token may do: per permission scope (`actions`, `pull-requests`, ...), in one repository. */
export interface TokenGrant {
  repository: string;
  permissions: Record<string, Access>;
}

export interface PullRequestRecord {
  number: number;
  title: string;
  state: 'open' | 'closed';
  head: { ref: string; sha: string; repo: string };
  base: { ref: string; sha: string };
  merged_at: string | null;
  /** Before the merge the test merge commit; after it, what the base branch was updated to. */
  merge_commit_sha: string | null;
  /** Every commit associated with the pull request (its own, and on a rebase the rebased ones). */
  commits: string[];
  user: string;
}

export type RunConclusion = 'success' | 'failure' | 'cancelled' | 'skipped' | null;

export interface WorkflowRunRecord {
  id: number;
  /** The workflow file, `.github/workflows/NAME.yml`. */
  path: string;
  name: string;
  event: string;
  head_sha: string;
  head_branch: string;
  /** `owner/name` of the repository the head commit came from (a fork for a fork's PR). */
  head_repository: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: RunConclusion;
  run_attempt: number;
  created_at: string;
  /** The numbers of same-repository pull requests; GitHub leaves it empty for a fork's. */
  pull_requests: number[];
  /** The results service's id of the run (the runtime token's `scp` claim carries it). */
  backendId: string;
}

export interface ArtifactRecord {
  id: number;
  runId: number;
  name: string;
  /** Present once the upload is finalized. */
  blob: Buffer | undefined;
  /** Uncommitted blocks of the blob upload, by block id. */
  blocks: Map<string, Buffer>;
  finalized: boolean;
  created_at: string;
  expires_at: string;
  /** Past its retention: still listed, its zip answers 410. */
  expired: boolean;
  /** Stands for the SAS signature of its signed URLs. */
  sig: string;
  jobBackendId: string;
}

export interface RepoState {
  fullName: string;
  defaultBranch: string;
  pulls: PullRequestRecord[];
  runs: WorkflowRunRecord[];
  artifacts: ArtifactRecord[];
}

/** What the fake GitHub knows: repositories, their pull requests, runs and artifacts, tokens. */
export class GitHubState {
  readonly repos = new Map<string, RepoState>();
  readonly tokens = new Map<string, TokenGrant>();
  private lastId = 1000;

  /** Starts with the repository the workflow runner's runs belong to. */
  constructor(defaultRepository = 'octo-org/pipekit-test') {
    this.repo(defaultRepository);
  }

  nextId(): number {
    return ++this.lastId;
  }

  /** The repository, created empty on first use. */
  repo(fullName = 'octo-org/pipekit-test'): RepoState {
    let repo = this.repos.get(fullName);
    if (!repo) {
      repo = { fullName, defaultBranch: 'main', pulls: [], runs: [], artifacts: [] };
      this.repos.set(fullName, repo);
    }
    return repo;
  }

  /** A token as GitHub mints GITHUB_TOKEN for a job: opaque, its grant known to the API only. */
  mintToken(grant: TokenGrant): string {
    const token = `ghs_${randomBytes(18).toString('base64url')}`;
    this.tokens.set(token, grant);
    return token;
  }

  addPull(
    pull: Partial<PullRequestRecord> & Pick<PullRequestRecord, 'number' | 'head'>,
    repo = this.repo(),
  ): PullRequestRecord {
    const record: PullRequestRecord = {
      title: `Pull request #${pull.number}`,
      state: 'open',
      base: { ref: repo.defaultBranch, sha: '0'.repeat(40) },
      merged_at: null,
      merge_commit_sha: null,
      commits: [pull.head.sha],
      user: 'octocat',
      ...pull,
    };
    repo.pulls.push(record);
    return record;
  }

  /** A run of a workflow file; `conclusion` settles it (completed). */
  addRun(
    run: Partial<WorkflowRunRecord> & Pick<WorkflowRunRecord, 'event' | 'head_sha'>,
    repo = this.repo(),
  ): WorkflowRunRecord {
    const id = run.id ?? this.nextId();
    const record: WorkflowRunRecord = {
      id,
      path: '.github/workflows/pipekit.yml',
      name: 'pipekit',
      head_branch: 'main',
      head_repository: repo.fullName,
      status: run.conclusion === undefined || run.conclusion === null ? 'in_progress' : 'completed',
      conclusion: null,
      run_attempt: 1,
      created_at: new Date().toISOString(),
      pull_requests: [],
      backendId: uuidOf(`run-${repo.fullName}-${id}`),
      ...run,
    };
    repo.runs.push(record);
    return record;
  }

  /** The run a results-service backend id belongs to. */
  runOfBackendId(backendId: string): { repo: RepoState; run: WorkflowRunRecord } | undefined {
    for (const repo of this.repos.values()) {
      const run = repo.runs.find((r) => r.backendId === backendId);
      if (run) return { repo, run };
    }
    return undefined;
  }

  artifactById(id: number): { repo: RepoState; artifact: ArtifactRecord } | undefined {
    for (const repo of this.repos.values()) {
      const artifact = repo.artifacts.find((a) => a.id === id);
      if (artifact) return { repo, artifact };
    }
    return undefined;
  }

  /** Adds a finished artifact to a run directly, as a job of it would have uploaded. */
  seedArtifact(
    run: WorkflowRunRecord,
    name: string,
    zip: Buffer,
    repo = this.repo(),
  ): ArtifactRecord {
    const artifact = this.createArtifact(run, name, 90, repo);
    artifact.blob = zip;
    artifact.finalized = true;
    return artifact;
  }

  createArtifact(
    run: WorkflowRunRecord,
    name: string,
    retentionDays: number,
    repo: RepoState,
    jobBackendId = uuidOf(`job-${run.id}`),
  ): ArtifactRecord {
    const now = Date.now();
    const artifact: ArtifactRecord = {
      id: this.nextId(),
      runId: run.id,
      name,
      blob: undefined,
      blocks: new Map(),
      finalized: false,
      created_at: new Date(now).toISOString(),
      expires_at: new Date(now + retentionDays * 86_400_000).toISOString(),
      expired: false,
      sig: randomBytes(12).toString('hex'),
      jobBackendId,
    };
    repo.artifacts.push(artifact);
    return artifact;
  }
}

/** A stable UUID-shaped id from a text, like the results service's backend ids. */
export function uuidOf(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

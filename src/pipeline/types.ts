/**
 * The validated pipeline: what every later stage (keys, plan, executor, compiler) consumes.
 * All paths are relative to the pipeline root (the folder holding pipeline.yml), POSIX style.
 */

export type Scalar = string | number | boolean;
export type ParamType = 'string' | 'number' | 'integer' | 'boolean' | 'path';
export type OutputType = 'dir' | 'file' | 'metrics';

/** Where a value came from, for diagnostics and the action's annotations. */
export interface Source {
  file: string;
  line: number;
  column: number;
}

export interface InputSpec {
  type: ParamType;
  default?: Scalar;
  enum?: Scalar[];
  min?: number;
  max?: number;
  optional?: boolean;
  description?: string;
}

export interface OutputSpec {
  type: OutputType;
  description?: string;
}

/** A GitHub deployment environment: its protection rules and secrets apply to the step's job. */
export interface DeploymentEnvironment {
  name: string;
  url?: string;
}

export type PermissionLevel = 'read' | 'write' | 'none';

/** The GITHUB_TOKEN permissions of a job: a level per scope, or a shorthand for all of them. */
export type Permissions = Record<string, PermissionLevel> | 'read-all' | 'write-all';

/**
 * What a step is given beyond its files and values, declared in a component or a step:
 * secrets by name (their values come from the environment at run time), and on GitHub the
 * job's deployment environment and token permissions. None of it is in the key but the names.
 */
export interface Access {
  /** Sorted, each once. */
  secrets: string[];
  environment?: DeploymentEnvironment;
  permissions?: Permissions;
}

/** A parsed `${{ ... }}` reference in a value or a command. */
export type Reference =
  | { kind: 'input'; name: string } // component: inputs.NAME; pipeline `with`: a pipeline parameter
  | { kind: 'output'; name: string } // component: outputs.NAME
  | { kind: 'step-output'; step: string; output: string } // pipeline `with`: steps.ID.outputs.NAME
  | { kind: 'matrix'; name: string }; // the `with` of a matrix step: matrix.NAME

/** Text with `${{ }}` holes, split in order. A plain string is one text part. */
export type TemplatePart = { text: string } | { ref: Reference };
export type Template = TemplatePart[];

export interface Component {
  /** Folder of the component relative to the root ('' for an inline step: it runs in the root). */
  dir: string;
  /** The file that declares it: `steps/x/component.yml`, or the pipeline file for an inline step. */
  file: string;
  name?: string;
  description?: string;
  inputs: Record<string, InputSpec>;
  outputs: Record<string, OutputSpec>;
  /**
   * `code` as written: globs relative to `dir` (`code-patterns.ts` resolves them); undefined
   * means the default (README, component.yml).
   */
  code?: string[];
  setup?: Template;
  run: Template;
  /** The raw text of `run`/`setup` (before splitting) is what the key hashes. */
  runText: string;
  setupText?: string;
  env: Record<string, Template>;
  envText: Record<string, string>;
  timeoutMinutes?: number;
  retries: number;
  /** Its `cache: { key-commands: [...] }`, when it declares any (an inline step: the step's). */
  keyCommands?: string[];
  /** Its `secrets`, `environment` and `permissions`, when it declares any (an inline step: the step's). */
  access?: Access;
}

/** What a step binds to one of its component's inputs. */
export type Binding =
  | { kind: 'literal'; value: Scalar } // a parameter value (also: a `path` input's repo path, as a string)
  | { kind: 'param'; name: string } // ${{ inputs.NAME }}: a pipeline parameter
  | { kind: 'step-output'; step: string; output: string } // ${{ steps.ID.outputs.NAME }}: a data edge
  | { kind: 'template'; parts: Template } // text mixing literals and parameters, e.g. "run-${{ inputs.tag }}"
  /**
   * `${{ matrix.NAME }}` while a matrix step is parsed; each of its instances gets the
   * value as a literal, so no step of a loaded pipeline holds one.
   */
  | { kind: 'matrix'; name: string }
  /**
   * `${{ steps.ID.outputs.NAME }}` where ID is a matrix step: every instance's output, in
   * combination order, gathered in one folder (src/pipeline/matrix-output.ts).
   */
  | { kind: 'matrix-output'; step: string; output: string; instances: MatrixInstance[] };

/** One combination of a matrix step, as a step of the loaded pipeline runs it. */
export interface MatrixInstance {
  /** The instance's step id: `<matrix step>[<name>]`. */
  id: string;
  /** `learning_rate=0.05,channels=8`: filesystem-safe, stable (src/pipeline/matrix.ts). */
  name: string;
  /** Its values, in the order of the matrix's names. */
  values: Record<string, Scalar>;
}

/** What makes a step an instance of a matrix step. */
interface InstanceOf extends MatrixInstance {
  /** The matrix step's id: the GitHub job that runs every instance. */
  step: string;
  /** How many instances GitHub runs at once (`max-parallel`); absent: as many as it can. */
  maxParallel?: number;
}

export interface Step {
  id: string;
  /** `uses` as written (`./steps/train`), undefined for an inline step. */
  uses?: string;
  component: Component;
  runner: string;
  /** Every input of the component that gets a value: bound by `with`, or its default. */
  with: Record<string, Binding>;
  /** Explicit ordering edges from `needs` (data edges are in `with`). */
  needs: string[];
  cache: boolean;
  /** Extra key parts the step declares (`cache: { key: [...] }`). */
  keyParts: string[];
  /**
   * Commands whose standard output is part of the key: the component's, then the step's own
   * (`cache: { key-commands: [...] }`), each once.
   */
  keyCommands: string[];
  /** The `if` expression text without `${{ }}`, evaluated by GitHub or locally with --branch. */
  if?: string;
  /**
   * The names of the secrets its process gets from the environment: its component's and its
   * own, sorted, each once. Their values are never in the key, a log or another step.
   */
  secrets: string[];
  /** The GitHub deployment environment of its job: its own, else its component's. */
  environment?: DeploymentEnvironment;
  /** The GITHUB_TOKEN permissions of its job: its own, else its component's (never merged). */
  permissions?: Permissions;
  /** Present on an instance of a matrix step: its step id is `<matrix step>[<name>]`. */
  matrix?: InstanceOf;
  source: Source;
}

export type RunsOn = string | string[] | { group?: string; labels?: string[] };

/** `on:` as written: the events the compiled workflow runs on. Absent: every default event. */
export interface Triggers {
  push?: { branches?: string[] };
  pullRequest?: { branches?: string[] };
  mergeGroup?: true;
  workflowDispatch?: true;
}

/** `github:` as written: how the compiled workflow runs on GitHub (src/github/settings.ts). */
export interface GithubOptions {
  action?: string;
  checkout?: string;
  lfs?: boolean;
  submodules?: boolean | 'recursive';
  forkPullRequestsOnSelfHosted?: boolean;
  dispatchInputs?: number;
  artifactRetentionDays?: number;
}

export interface Pipeline {
  name: string;
  description?: string;
  /** The pipeline file, relative to the cwd as given (used in diagnostics). */
  file: string;
  inputs: Record<string, InputSpec>;
  runners: Record<string, RunsOn>;
  defaultRunner: string;
  /** Steps in file order. */
  steps: Step[];
  on?: Triggers;
  github?: GithubOptions;
}

export interface Edge {
  from: string;
  to: string;
  /** The upstream output name for a data edge; undefined for a `needs` edge. */
  output?: string;
  /** The input of `to` it binds (data edges). */
  input?: string;
}

export interface Graph {
  /** Step ids in a topological order, file order among equals. */
  order: string[];
  edges: Edge[];
  /** Direct upstream ids per step (data and needs edges). */
  upstream: Record<string, string[]>;
  downstream: Record<string, string[]>;
}

/** A `code` pattern resolved against its component folder (`resolveCodePattern`). */
export interface CodePattern {
  /** The folder the glob is read from, relative to the root ('' = the root). */
  base: string;
  /** A picomatch glob relative to `base`; a folder it matches stands for all the files in it. */
  glob: string;
  /** Written `!glob`: leaves out what it matches. */
  exclude: boolean;
}

/** A file that is not text (not UTF-8, a NUL byte): why, where, and what of it decodes. */
export interface NotText {
  notText: string;
  line: number;
  column: number;
  excerpt: string;
}

/**
 * The parser's only view of the disk: injected so that parse and validate stay pure.
 * Paths are relative to the pipeline root, POSIX style.
 */
export interface RepoView {
  /** The text of a file, where it is not text (located), or undefined when there is none. */
  readText(path: string): string | NotText | undefined;
  /** What the path is after following symlinks; 'outside' when it resolves outside the root. */
  stat(path: string): 'file' | 'dir' | 'missing' | 'outside';
  /**
   * The files (relative to the root, sorted) that a `code` pattern selects for a step's key,
   * less what the `excluding` patterns match; `outside` names a symlink met on the way that
   * resolves outside the root, `notUtf8` a file name met that is not valid UTF-8.
   */
  matchCode(
    pattern: CodePattern,
    excluding: readonly CodePattern[],
  ): string[] | { outside: string } | { notUtf8: string };
}

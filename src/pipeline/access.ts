import { hasExpression } from './expressions.js';
import { asRecord, asString } from './narrow.js';
import type { Plain } from './narrow.js';
import type { Access, DeploymentEnvironment, PermissionLevel, Permissions } from './types.js';
import type { Path, Report } from './yaml-source.js';

/** GitHub's rule for a secret name (the schema says it too, for editors). */
const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Names a secret may not have, in any case (GitHub's secret names are not case-sensitive, nor
 * is a Windows runner's environment): GitHub's prefix, then what pipekit, the runner or the
 * shell set for every step, which a secret of that name would replace.
 */
const RESERVED_PREFIXES: [string, string][] = [
  [
    'GITHUB_',
    'GitHub reserves names that start with `GITHUB_` (for the job token, declare `permissions` instead)',
  ],
  ['PIPEKIT_', "names that start with `PIPEKIT_` are pipekit's own"],
  ['ACTIONS_', "names that start with `ACTIONS_` are the runner's own"],
  ['RUNNER_', "names that start with `RUNNER_` are the runner's own"],
];
const RESERVED_NAMES = new Set([
  'PATH',
  'HOME',
  'CI',
  'PWD',
  'SHELL',
  'TMPDIR',
  'IFS',
  'ENV',
  'BASH_ENV',
  'SHELLOPTS',
  'BASHOPTS',
]);

/** GitHub's limit on an environment name. */
const MAX_ENVIRONMENT_NAME = 255;

const LEVELS: readonly string[] = ['read', 'write', 'none'];

interface AccessScope {
  report: Report;
  /** Where the keys are: [] in component.yml, ['steps', id] in the pipeline. */
  at: Path;
  /** The keys of the step's `env`, which no secret may share. */
  env: string[];
  /** For a `uses` step: the component file that declares that `env`. */
  envFile?: string;
}

/**
 * The `secrets`, `environment` and `permissions` of a component or a step, each problem
 * reported at its item; undefined when it declares none. A value of the wrong shape was
 * reported by the schema and is left out here.
 */
export function readAccess(value: Plain, scope: AccessScope): Access | undefined {
  const access: Access = { secrets: readSecrets(value.secrets, scope) };
  const environment = readEnvironment(value.environment, scope);
  if (environment) access.environment = environment;
  const permissions = readPermissions(value.permissions);
  if (permissions) access.permissions = permissions;
  const declared = access.secrets.length > 0 || environment || permissions;
  return declared ? access : undefined;
}

/**
 * What a step gets: its component's secrets and its own; its own environment and permissions,
 * else its component's (a step's permissions replace them whole: GitHub does not merge them).
 */
export function mergeAccess(component: Access | undefined, own: Access | undefined): Access {
  const secrets = [...new Set([...(component?.secrets ?? []), ...(own?.secrets ?? [])])].sort();
  const access: Access = { secrets };
  const environment = own?.environment ?? component?.environment;
  if (environment) access.environment = environment;
  const permissions = own?.permissions ?? component?.permissions;
  if (permissions) access.permissions = permissions;
  return access;
}

function readSecrets(value: unknown, scope: AccessScope): string[] {
  if (!Array.isArray(value)) return [];
  const secrets: string[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string') return;
    const problem = secretProblem(item, secrets, scope);
    const path = [...scope.at, 'secrets', index];
    if (problem) scope.report(problem.code, problem.message, { path });
    else secrets.push(item);
  });
  return secrets.sort();
}

interface SecretProblem {
  code: 'invalid-secret-name' | 'duplicate-secret' | 'secret-env-collision';
  message: string;
}

/** What is wrong with a secret name, given the valid names listed before it. */
function secretProblem(
  name: string,
  earlier: string[],
  scope: AccessScope,
): SecretProblem | undefined {
  if (!SECRET_NAME.test(name)) {
    const message = `\`${name}\` is not a valid secret name: use letters, digits and \`_\`, not starting with a digit`;
    return { code: 'invalid-secret-name', message };
  }
  const upper = name.toUpperCase();
  const prefix = RESERVED_PREFIXES.find(([p]) => upper.startsWith(p));
  if (prefix) {
    const message = `\`${name}\` cannot be a secret name: ${prefix[1]}`;
    return { code: 'invalid-secret-name', message };
  }
  if (RESERVED_NAMES.has(upper)) {
    const message = `\`${name}\` cannot be a secret name: the runner or the shell sets it for every step`;
    return { code: 'invalid-secret-name', message };
  }
  const same = earlier.find((other) => other.toUpperCase() === upper);
  if (same === name) {
    return { code: 'duplicate-secret', message: `secret \`${name}\` is listed twice` };
  }
  if (same !== undefined) {
    const message = `secret \`${name}\` is \`${same}\` on GitHub, which is listed already (secret names are not case-sensitive)`;
    return { code: 'duplicate-secret', message };
  }
  if (scope.env.includes(name)) {
    const whose = scope.envFile
      ? `both a secret of this step and a key of the \`env\` of ${scope.envFile}`
      : 'both a secret and a key of `env`';
    const message = `\`${name}\` is ${whose}: a secret's value comes from the environment, never from a file; remove one of them`;
    return { code: 'secret-env-collision', message };
  }
  return undefined;
}

function readEnvironment(value: unknown, scope: AccessScope): DeploymentEnvironment | undefined {
  const at = [...scope.at, 'environment'];
  if (typeof value === 'string')
    return checkName(value, at, scope.report) ? { name: value } : undefined;
  const record = asRecord(value);
  const name = asString(record?.name);
  if (name === undefined || !checkName(name, [...at, 'name'], scope.report)) return undefined;
  const environment: DeploymentEnvironment = { name };
  const url = asString(record?.url);
  if (url !== undefined && hasExpression(url)) {
    const message = 'expressions are not allowed in `environment.url`';
    scope.report('expression-context', message, { path: [...at, 'url'], hole: 0 });
  } else if (url !== undefined) {
    environment.url = url;
  }
  return environment;
}

/** A literal environment name within GitHub's limits; false (reported) otherwise. */
function checkName(name: string, path: Path, report: Report): boolean {
  const where = `\`${path.join('.')}\``;
  if (hasExpression(name)) {
    report('expression-context', 'expressions are not allowed in `environment`', { path, hole: 0 });
  } else if (name.trim() === '') {
    report('invalid-value', `${where} must not be empty`, { path });
  } else if ([...name].length > MAX_ENVIRONMENT_NAME) {
    const message = `${where} is longer than ${MAX_ENVIRONMENT_NAME} characters, GitHub's limit`;
    report('invalid-value', message, { path });
  } else {
    return true;
  }
  return false;
}

function readPermissions(value: unknown): Permissions | undefined {
  if (value === 'read-all' || value === 'write-all') return value;
  const record = asRecord(value);
  if (!record) return undefined;
  const permissions: Record<string, PermissionLevel> = {};
  for (const [scope, level] of Object.entries(record)) {
    if (typeof level === 'string' && LEVELS.includes(level))
      permissions[scope] = level as PermissionLevel;
  }
  return permissions;
}

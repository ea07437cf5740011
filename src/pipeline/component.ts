import { readAccess } from './access.js';
import { describeBase, resolveCodePattern } from './code-patterns.js';
import { parseTemplate } from './expressions.js';
import type { ParsedTemplate } from './expressions.js';
import { checkCommand } from './shell.js';
import { asNumber, asScalar, asString, dict, entriesOf, stringItems } from './narrow.js';
import type { Plain } from './narrow.js';
import { readKeyCommands } from './key-commands.js';
import { checkInputs, checkOutputPaths, readInputs, readOutputs } from './specs.js';
import type { SpecScope } from './specs.js';
import { didYouMean } from './suggest.js';
import type { Component, Template } from './types.js';
import type { Path } from './yaml-source.js';

interface ComponentScope extends SpecScope {
  /** Where the component's keys are: [] in component.yml, ['steps', id] for an inline step. */
  at: Path;
  /** The declaring file, relative to the root. */
  file: string;
}

/**
 * Builds a component from a component.yml or an inline step, reporting what is wrong
 * inside it. Undefined only when it has no `run` (the schema or the caller reported that).
 */
export function buildComponent(value: Plain, scope: ComponentScope): Component | undefined {
  const inputs = readInputs(value.inputs);
  const outputs = readOutputs(value.outputs);
  checkInputs(inputs, [...scope.at, 'inputs'], scope);
  checkOutputPaths(outputs, [...scope.at, 'outputs'], scope.report);
  const names = { inputs: Object.keys(inputs), outputs: Object.keys(outputs) };
  const template = (text: string, ...key: string[]) =>
    checkedTemplate(text, [...scope.at, ...key], names, scope);
  const command = (text: string, key: string) => {
    const parsed = template(text, key);
    if (parsed.ok) checkPlacements(parsed, inputs, [...scope.at, key], scope);
    return parsed.template;
  };

  const env = readEnv(value.env, (text, ...key) => template(text, ...key).template);
  const code = readCode(value.code, scope);
  const runText = asString(value.run);
  if (runText !== undefined && runText.trim() === '') {
    // Otherwise the step "succeeds" having done nothing, and its outputs are missing.
    const message = '`run` is empty: give the command to run (`true` for a step that does nothing)';
    scope.report('invalid-value', message, { path: [...scope.at, 'run'] });
  }
  checkSetupAndEnv(value, scope);
  const access = readAccess(value, {
    report: scope.report,
    at: scope.at,
    env: Object.keys(env.env),
  });
  const setupText = asString(value.setup);
  const run = runText === undefined ? undefined : command(runText, 'run');
  const setup = setupText === undefined ? undefined : command(setupText, 'setup');
  if (runText === undefined || run === undefined) return undefined;

  const component: Component = {
    dir: scope.dir,
    file: scope.file,
    inputs,
    outputs,
    run,
    runText,
    ...env,
    retries: 0,
  };
  if (code) component.code = code;
  const keyCommands = readKeyCommands(value.cache, scope.at, scope.report);
  if (keyCommands.length > 0) component.keyCommands = keyCommands;
  if (access) component.access = access;
  if (setup && setupText !== undefined) Object.assign(component, { setup, setupText });
  return Object.assign(component, details(value));
}

function readEnv(
  value: unknown,
  template: (text: string, ...key: string[]) => Template,
): Pick<Component, 'env' | 'envText'> {
  const env = dict<Template>();
  const envText = dict<string>();
  for (const [name, raw] of entriesOf(value)) {
    const scalar = asScalar(raw);
    if (scalar === undefined) continue;
    // Numbers are common in env (`PYTHONHASHSEED: 0`); the environment holds strings.
    envText[name] = String(scalar);
    env[name] = template(String(scalar), 'env', name);
  }
  return { env, envText };
}

/**
 * A blank `setup` is a command left out by mistake, and an `env` name of pipekit's own would
 * be replaced by the value pipekit sets for the step: the step would never see it.
 */
function checkSetupAndEnv(value: Plain, scope: ComponentScope): void {
  const setup = asString(value.setup);
  if (setup !== undefined && setup.trim() === '') {
    const message = '`setup` is empty: give its command, or leave `setup` out';
    scope.report('invalid-value', message, { path: [...scope.at, 'setup'] });
  }
  for (const [name] of entriesOf(value.env)) {
    if (!name.toUpperCase().startsWith('PIPEKIT_')) continue;
    const message = `\`${name}\`: names that start with \`PIPEKIT_\` are pipekit's own, set for each step`;
    scope.report('invalid-value', message, { path: [...scope.at, 'env', name], at: 'key' });
  }
}

/** The optional descriptive and run-control keys; wrong values were reported by the schema. */
function details(value: Plain): Partial<Component> {
  const details: Partial<Component> = {};
  const name = asString(value.name);
  if (name !== undefined) details.name = name;
  const description = asString(value.description);
  if (description !== undefined) details.description = description;
  const timeout = asNumber(value['timeout-minutes']);
  if (timeout !== undefined && timeout > 0) details.timeoutMinutes = timeout;
  const retries = asNumber(value.retries);
  if (retries !== undefined && Number.isInteger(retries) && retries >= 0) details.retries = retries;
  return details;
}

/** A parsed template, and whether every `${{ }}` of it is a known reference. */
interface CheckedTemplate extends ParsedTemplate {
  ok: boolean;
}

function checkedTemplate(
  text: string,
  path: Path,
  names: { inputs: string[]; outputs: string[] },
  scope: ComponentScope,
): CheckedTemplate {
  const parsed = parseTemplate(text, 'component');
  let ok = parsed.issues.length === 0;
  for (const issue of parsed.issues) {
    scope.report(issue.code, issue.message, { path, hole: issue.hole });
  }
  for (const { hole, ref } of parsed.refs) {
    if (ref.kind === 'input' && !names.inputs.includes(ref.name)) {
      const message = `unknown input \`${ref.name}\`${didYouMean(ref.name, names.inputs)}`;
      scope.report('unknown-input', message, { path, hole });
      ok = false;
    } else if (ref.kind === 'output' && !names.outputs.includes(ref.name)) {
      const message = `unknown output \`${ref.name}\`${didYouMean(ref.name, names.outputs)}`;
      scope.report('unknown-output', message, { path, hole });
      ok = false;
    }
  }
  return { ...parsed, ok };
}

/** A `run` or `setup` reference where bash would not give the command the value as data. */
function checkPlacements(
  parsed: ParsedTemplate,
  inputs: Component['inputs'],
  path: Path,
  scope: ComponentScope,
): void {
  for (const { index, message } of checkCommand(parsed.template, inputs)) {
    const hole = parsed.refs[index]?.hole;
    scope.report('expression-placement', message, { path, hole });
  }
}

/**
 * `code` as written, each pattern checked: it stays in the repository and a pattern that
 * selects files selects at least one (`!` patterns may match nothing: they may name what a
 * run generates, absent from a fresh clone).
 */
function readCode(value: unknown, scope: ComponentScope): string[] | undefined {
  if (value === undefined) return undefined;
  const items = stringItems(value);
  const resolved = items.flatMap(({ text, at }) => {
    const where = { path: [...scope.at, 'code', ...at] };
    const pattern = resolveCodePattern(scope.dir, text);
    if ('glob' in pattern) return [{ text, where, pattern }];
    scope.report(pattern.code, pattern.message, where);
    return [];
  });
  const excluding = resolved.filter((r) => r.pattern.exclude).map((r) => r.pattern);
  for (const { text, where, pattern } of resolved) {
    if (pattern.exclude) continue;
    const files = scope.repo.matchCode(pattern, excluding);
    if ('outside' in files) {
      const message = `\`${text}\` reaches \`${files.outside}\`, a symlink that resolves outside the repository`;
      scope.report('path-escape', message, where);
    } else if ('notUtf8' in files) {
      const message = `\`${text}\` reaches the file name ${files.notUtf8}, which is not valid UTF-8: pipekit keys files by their names, so rename it`;
      scope.report('path-not-utf8', message, where);
    } else if (files.length === 0) {
      const after = excluding.length > 0 ? ' once the `!` patterns are applied' : '';
      const message = `\`${text}\` matches no file${after} (it is read from ${describeBase(pattern)})`;
      scope.report('code-no-match', message, where);
    }
  }
  return items.map((item) => item.text);
}

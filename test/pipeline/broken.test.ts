import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../src/diagnostics.js';
import { loadPipeline } from '../../src/pipeline/load.js';
import { createRepoView } from '../../src/workspace/repo-view.js';

/** [code, line, column] in pipeline.yml, or [code, line, column, file] in a component file. */
type Expected = [DiagnosticCode, number, number, string?];

const prepare = 'steps/prepare/component.yml';

// Every folder of test/fixtures/broken, with every diagnostic it must produce, in order.
const cases: Record<string, Expected[]> = {
  'code-no-match': [['code-no-match', 3, 16, prepare]],
  'code-no-match-inline': [['code-no-match', 4, 22]],
  'code-no-match-shared': [
    ['code-no-match', 5, 5, prepare],
    ['code-no-match', 6, 5, prepare],
    ['code-no-match', 7, 5, prepare],
  ],
  'component-duplicate-input': [['yaml-syntax', 3, 3, prepare]],
  'component-shared-broken': [['unknown-input', 1, 20, 'steps/broken/component.yml']],
  'component-yaml-syntax': [['yaml-syntax', 3, 1, prepare]],
  'cycle-data': [
    ['cycle', 5, 13],
    ['cycle', 9, 13],
  ],
  'cycle-needs': [
    ['cycle', 4, 12],
    ['cycle', 7, 13],
    ['cycle', 10, 13],
  ],
  'cycle-self': [['cycle', 4, 13]],
  'duplicate-output-path': [['duplicate-output-path', 5, 3, prepare]],
  'duplicate-secret': [
    ['duplicate-secret', 4, 36],
    ['duplicate-secret', 4, 46],
  ],
  'duplicate-step': [['duplicate-step', 10, 3]],
  'empty-file': [['wrong-type', 1, 1]],
  'expression-context-environment': [
    ['expression-context', 6, 18],
    ['expression-context', 11, 31],
  ],
  'expression-context-function': [['expression-context', 6, 9]],
  'expression-context-if': [['expression-context', 6, 9]],
  'expression-context-key-command': [['expression-context', 7, 28]],
  'expression-context-run': [['expression-context', 7, 14]],
  'expression-context-runner': [['expression-context', 6, 13]],
  'expression-context-with': [['expression-context', 5, 17]],
  'expression-placement-arithmetic': [['expression-placement', 8, 13]],
  'expression-placement-eval': [['expression-placement', 5, 31]],
  'expression-placement-heredoc': [['expression-placement', 7, 9]],
  'expression-placement-single-quotes': [
    ['expression-placement', 5, 25, 'steps/report/component.yml'],
  ],
  'expression-syntax-if': [['expression-syntax', 6, 9]],
  'expression-syntax-if-text': [['expression-syntax', 6, 9]],
  'expression-syntax-unclosed': [['expression-syntax', 3, 15]],
  'expression-syntax-with': [['expression-syntax', 9, 13]],
  'invalid-secret-name': [
    ['invalid-secret-name', 4, 25],
    ['invalid-secret-name', 4, 33],
  ],
  'invalid-secret-name-component': [['invalid-secret-name', 1, 21, 'steps/collect/component.yml']],
  'invalid-secret-name-reserved': [
    ['invalid-secret-name', 5, 9],
    ['invalid-secret-name', 6, 9],
    ['invalid-secret-name', 7, 9],
    ['invalid-secret-name', 8, 9],
    ['invalid-secret-name', 9, 9],
    ['invalid-secret-name', 10, 9],
  ],
  'invalid-step-id': [
    ['invalid-step-id', 2, 3],
    ['invalid-step-id', 6, 3],
  ],
  'invalid-value-artifact-retention': [['invalid-value', 3, 28]],
  'invalid-value-code-dotdot': [
    ['invalid-value', 3, 16, prepare],
    ['path-escape', 3, 34, prepare],
  ],
  'invalid-value-environment': [
    ['invalid-value', 4, 18],
    ['invalid-value', 8, 13],
  ],
  'invalid-value-input-name': [['invalid-value', 2, 3]],
  'invalid-value-min-on-string': [['invalid-value', 2, 24]],
  'invalid-value-permission-id-token': [
    ['invalid-value', 5, 17],
    ['invalid-value', 6, 15],
  ],
  'invalid-value-permission-level': [['invalid-value', 2, 13, 'steps/register/component.yml']],
  'invalid-value-permissions-shorthand': [['invalid-value', 4, 18]],
  'invalid-value-retries': [['invalid-value', 5, 14]],
  'invalid-value-empty-run': [['invalid-value', 4, 10]],
  'invalid-value-nul': [['invalid-value', 6, 13]],
  'invalid-value-timeout': [['invalid-value', 5, 22]],
  'invalid-value-type-name': [['invalid-value', 2, 15]],
  'many-problems': [
    ['value-max', 3, 34],
    ['unknown-runner', 9, 13],
    ['path-missing', 11, 12],
    ['unknown-key', 14, 5],
    ['unknown-output', 16, 13],
    ['unknown-parameter', 17, 11],
    ['missing-run-or-uses', 18, 3],
    ['unknown-step', 19, 20],
    ['invalid-step-id', 20, 3],
    ['unknown-input', 21, 15],
  ],
  'missing-input': [['missing-input', 6, 3]],
  'missing-key-component-run': [['missing-key', 1, 1, prepare]],
  'missing-key-input-type': [['missing-key', 2, 3]],
  'missing-key-environment': [['missing-key', 4, 5]],
  'missing-run-or-uses': [['missing-run-or-uses', 2, 3]],
  'path-escape-absolute': [['path-escape', 5, 12]],
  'path-escape-code': [['path-escape', 3, 16, prepare]],
  'path-escape-default': [['path-escape', 2, 32]],
  'path-escape-dotdot': [['path-escape', 5, 12]],
  'path-escape-uses': [['path-escape', 3, 11]],
  'path-missing': [['path-missing', 5, 12]],
  'path-missing-default': [['path-missing', 2, 31, prepare]],
  'run-and-uses': [['run-and-uses', 4, 5]],
  'run-and-uses-inline-keys': [['run-and-uses', 4, 5]],
  'secret-env-collision': [['secret-env-collision', 3, 11, 'steps/collect/component.yml']],
  'secret-env-collision-inline': [['secret-env-collision', 5, 15]],
  'secret-env-collision-step': [['secret-env-collision', 4, 15]],
  'steps-empty': [['invalid-value', 2, 8]],
  'unknown-component-action': [['unknown-component', 3, 11]],
  'unknown-component-file': [['unknown-component', 3, 11]],
  'unknown-component-folder': [['unknown-component', 3, 11]],
  'unknown-component-no-file': [['unknown-component', 3, 11]],
  'unknown-input-run': [['unknown-input', 5, 43, prepare]],
  'unknown-input-with': [['unknown-input', 10, 7]],
  'unknown-key-cache': [['unknown-key', 7, 7]],
  'unknown-key-component': [['unknown-key', 3, 1, prepare]],
  'unknown-key-input-spec': [['unknown-key', 2, 23]],
  'unknown-key-permissions': [['unknown-key', 5, 7]],
  'unknown-key-step': [['unknown-key', 4, 5]],
  'unknown-key-top': [
    ['missing-key', 1, 1],
    ['unknown-key', 2, 1],
  ],
  'unknown-output': [['unknown-output', 9, 13]],
  'unknown-output-run': [['unknown-output', 7, 5, prepare]],
  'unknown-parameter-if': [['unknown-parameter', 8, 9]],
  'unknown-parameter-with': [['unknown-parameter', 12, 11]],
  'unknown-runner-default': [['unknown-runner', 2, 11]],
  'unknown-runner-implicit': [['unknown-runner', 6, 13]],
  'unknown-runner-step': [['unknown-runner', 9, 13]],
  'unknown-step-expression': [['unknown-step', 9, 13]],
  'unknown-step-needs': [['unknown-step', 8, 22]],
  'value-enum': [['value-enum', 10, 13]],
  'value-enum-component-default': [['value-enum', 3, 51, prepare]],
  'value-max': [['value-max', 2, 37]],
  'value-min': [['value-min', 10, 11]],
  'value-type-literal': [['value-type', 10, 11]],
  'value-type-parameter': [['value-type', 12, 11]],
  'value-type-pipeline-default': [['value-type', 2, 37]],
  'value-type-step-output': [['value-type', 10, 11]],
  'value-type-string': [['value-type', 10, 13]],
  'value-type-template': [
    ['value-type', 11, 17],
    ['value-type', 12, 15],
  ],
  'wrong-type-cache': [['wrong-type', 6, 12]],
  'wrong-type-component-key-command': [['wrong-type', 8, 37, prepare]],
  'wrong-type-component-run': [['wrong-type', 3, 6, prepare]],
  'wrong-type-environment': [['wrong-type', 4, 18]],
  'wrong-type-key-command': [['wrong-type', 9, 11]],
  'wrong-type-needs': [['wrong-type', 8, 12]],
  'wrong-type-runs-on': [['wrong-type', 3, 8]],
  'wrong-type-secrets': [
    ['wrong-type', 4, 14],
    ['wrong-type', 7, 25],
  ],
  'wrong-type-step': [['wrong-type', 2, 3]],
  'wrong-type-with-value': [['wrong-type', 5, 12]],
  'yaml-duplicate-key': [['yaml-syntax', 6, 5]],
  'yaml-syntax': [['yaml-syntax', 5, 1]],
  'yaml-unknown-alias': [['yaml-syntax', 4, 11]],
};

// The message of the first diagnostic, where its wording matters (did-you-mean, the cycle).
const messages: Record<string, string> = {
  'code-no-match': '`*.pyy` matches no file (it is read from steps/prepare/)',
  'code-no-match-inline': '`tools/*.sh` matches no file (it is read from the repository root)',
  'code-no-match-shared':
    '`../../lib/*.py` matches no file once the `!` patterns are applied (it is read from the repository root)',
  'path-escape-code': '`../../../shared/*.py` leaves the repository',
  'cycle-data': 'cycle: evaluate -> train -> evaluate',
  'cycle-needs': 'cycle: c -> a -> b -> c',
  'cycle-self': 'cycle: loop -> loop',
  'duplicate-step': 'duplicate step `prepare`: step ids must be unique',
  'unknown-key-step': 'unknown key `runer` in `steps.prepare`; did you mean `runner`?',
  'unknown-key-top': 'the file is missing `steps`',
  'unknown-key-component': 'unknown key `output` in the file; did you mean `outputs`?',
  'invalid-value-type-name':
    '`inputs.lr.type` must be one of string, number, integer, boolean, path; did you mean `number`?',
  'unknown-step-expression': 'unknown step `prepar`; did you mean `prepare`?',
  'unknown-output': 'step `prepare` has no output `tarin`; did you mean `train`?',
  'unknown-input-run': 'unknown input `rwa`; did you mean `raw`?',
  'expression-placement-single-quotes':
    '`${{ inputs.title }}` is inside single quotes, where bash expands nothing: write it outside them or inside double quotes (a program that reads code, such as python -c or jq, should get it as an argument of its own)',
  'unknown-parameter-if': 'unknown parameter `deplyo`; did you mean `deploy`?',
  'unknown-runner-step': 'unknown runner `gpus` (known: cpu, gpu); did you mean `gpu`?',
  'unknown-input-with': 'unknown input `learning_rate`',
  'value-type-string': 'expected a string, got 1.1 (quote it)',
  'value-enum': '"slow" is not one of "fast", "full"',
  'missing-input': 'step `train` does not bind the required input `data`',
  'path-escape-absolute': '`/etc/passwd` is absolute; use a path inside the repository',
  'wrong-type-needs': '`steps.train.needs` must be a string or a list, not a mapping',
  'wrong-type-key-command': '`steps.prepare.cache.key-commands.1` must be a string, not number 3',
  'invalid-secret-name':
    '`1TOKEN` is not a valid secret name: use letters, digits and `_`, not starting with a digit',
  'invalid-secret-name-reserved':
    '`github_token` cannot be a secret name: GitHub reserves names that start with `GITHUB_` (for the job token, declare `permissions` instead)',
  'duplicate-secret': 'secret `HF_TOKEN` is listed twice',
  'secret-env-collision':
    "`HF_TOKEN` is both a secret and a key of `env`: a secret's value comes from the environment, never from a file; remove one of them",
  'secret-env-collision-step':
    "`MODE` is both a secret of this step and a key of the `env` of steps/collect/component.yml: a secret's value comes from the environment, never from a file; remove one of them",
  'unknown-key-permissions':
    'unknown key `content` in `steps.register.permissions`; did you mean `contents`?',
  'invalid-value-permission-id-token':
    '`steps.register.permissions.id-token` must be one of write, none',
  'invalid-value-permissions-shorthand':
    '`steps.register.permissions` must be one of read-all, write-all',
  'missing-key-environment': '`steps.register.environment` is missing `name`',
  'expression-context-environment': 'expressions are not allowed in `environment`',
  'invalid-value-environment': '`steps.register.environment` must not be empty',
  'expression-context-key-command': 'expressions are not allowed in a key command',
};

const root = new URL('../fixtures/broken/', import.meta.url);

function load(name: string) {
  const dir = new URL(`${name}/`, root);
  const text = readFileSync(new URL('pipeline.yml', dir), 'utf8');
  return loadPipeline({ file: 'pipeline.yml', text, repo: createRepoView(dir.pathname) });
}

describe('broken pipelines', () => {
  it('have a table entry for every fixture folder', () => {
    const folders = readdirSync(root).sort();
    expect(folders).toEqual(Object.keys(cases).sort());
    expect(folders.length).toBeGreaterThanOrEqual(45);
  });

  it.each(Object.entries(cases))('%s', (name, expected) => {
    const result = load(name);
    const actual = result.diagnostics.map((d): Expected => {
      const located: Expected = [d.code, d.line, d.column];
      if (d.file !== 'pipeline.yml') located.push(d.file);
      return located;
    });
    expect(actual).toEqual(expected);
    expect(result.pipeline).toBeUndefined();
    expect(result.graph).toBeUndefined();
    if (messages[name] !== undefined) expect(result.diagnostics[0]?.message).toBe(messages[name]);
  });

  it('display component files under the folder the pipeline was named from', () => {
    const dir = new URL('unknown-input-run/', root).pathname;
    const file = `${dir.replace(/\/$/, '')}/pipeline.yml`;
    const result = loadPipeline({
      file,
      text: readFileSync(file, 'utf8'),
      repo: createRepoView(dir),
    });
    expect(result.diagnostics.map((d) => d.file)).toEqual([`${dir}steps/prepare/component.yml`]);
  });
});

/* eslint-disable */
// Generated from schema/*.schema.json by test/pipeline/schema.test.ts. Do not edit.
'use strict';
export const validatePipeline = validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'pipekit pipeline',
  description:
    'A pipekit pipeline (pipeline.yml): parameters, runner labels and the steps of an ML pipeline run on GitHub Actions.',
  type: 'object',
  additionalProperties: false,
  required: ['steps'],
  properties: {
    name: { type: 'string', description: 'The pipeline name; the folder name when absent.' },
    description: { type: 'string', description: 'What the pipeline does; shown in reports.' },
    inputs: {
      $ref: '#/definitions/inputs',
      description:
        'Pipeline parameters by name; referenced in `with` and `if` as ${{ inputs.NAME }}; override with --set or workflow_dispatch.',
    },
    runners: {
      type: 'object',
      description: 'Runner label -> GitHub runs-on. Absent: { cpu: ubuntu-latest }.',
      propertyNames: { $ref: '#/definitions/name' },
      additionalProperties: { $ref: '#/definitions/runs-on' },
    },
    defaults: {
      type: 'object',
      description: 'Defaults for every step.',
      additionalProperties: false,
      properties: {
        runner: { type: 'string', description: 'The runner label of a step that names none.' },
      },
    },
    on: {
      type: 'object',
      description:
        'The events the compiled workflow runs on. Absent: push to main, pull_request, merge_group and workflow_dispatch. Present: only the events listed. Tag pushes never run the pipeline.',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        push: {
          type: ['object', 'null'],
          additionalProperties: false,
          description: 'Pushes to these branches (default: [main]).',
          properties: {
            branches: {
              type: 'array',
              minItems: 1,
              items: { type: 'string' },
              description: "Branch name patterns (GitHub's filter syntax: *, **, ?, !).",
            },
          },
        },
        pull_request: {
          type: ['object', 'null'],
          additionalProperties: false,
          description: 'Pull requests into these base branches (default: all).',
          properties: {
            branches: {
              type: 'array',
              minItems: 1,
              items: { type: 'string' },
              description: "Branch name patterns (GitHub's filter syntax: *, **, ?, !).",
            },
          },
        },
        merge_group: {
          type: 'null',
          description:
            'Merge queue runs: a queue whose required check comes from this pipeline needs it.',
        },
        workflow_dispatch: {
          type: 'null',
          description: 'The "Run workflow" button; the pipeline\'s parameters become its inputs.',
        },
      },
    },
    github: {
      type: 'object',
      description: 'How the compiled workflow runs on GitHub.',
      additionalProperties: false,
      properties: {
        action: {
          type: 'string',
          description:
            'The pipekit action the jobs use: owner/repo@ref or a full commit SHA (default: pipekit/pipekit@v1).',
        },
        checkout: {
          type: 'string',
          description:
            'The checkout action: owner/repo@ref or a full commit SHA (default: actions/checkout@v5).',
        },
        lfs: { type: 'boolean', description: 'Check out Git LFS files (default: false).' },
        submodules: {
          type: ['boolean', 'string'],
          description: 'Check out submodules: true, recursive or false (default).',
          pattern: '^recursive$',
        },
        'fork-pull-requests-on-self-hosted': {
          type: 'boolean',
          description:
            'Run steps on self-hosted runners for pull requests from forks (default: false; GitHub advises against it for public repositories).',
        },
        'dispatch-inputs': {
          type: 'integer',
          minimum: 0,
          maximum: 25,
          description:
            'At most this many parameters become workflow_dispatch inputs; more become one JSON input `parameters`. 25 on github.com, 10 on older GHES (default: 25).',
        },
        'artifact-retention-days': {
          type: 'integer',
          minimum: 0,
          maximum: 90,
          description:
            "Days a pull request's step jobs keep what they computed as workflow artifacts, so that the push after the merge reuses it instead of computing it again; 0 turns this off (default: 7).",
        },
      },
    },
    steps: {
      type: 'object',
      description: 'Steps by id; ids are [a-z][a-z0-9_-]*.',
      minProperties: 1,
      propertyNames: { pattern: '^[a-z][a-z0-9_-]*$' },
      additionalProperties: { $ref: '#/definitions/step' },
    },
  },
  definitions: {
    'runs-on': {
      type: ['string', 'array', 'object'],
      description: 'A runs-on value: a label, a list of labels, or { group, labels }.',
      items: { type: 'string' },
      minItems: 1,
      additionalProperties: false,
      properties: {
        group: { type: 'string', description: 'A runner group.' },
        labels: {
          type: 'array',
          items: { type: 'string' },
          description: 'Labels a runner of the group must have.',
        },
      },
    },
    step: {
      type: 'object',
      description:
        'A step: a component folder (`uses`) or an inline component (`run`, with `inputs`, `outputs`, `code`, `setup`, `env`).',
      additionalProperties: false,
      properties: {
        uses: {
          type: 'string',
          description: 'The component folder, e.g. ./steps/train (it holds component.yml).',
        },
        with: {
          type: 'object',
          description:
            'Values for the component inputs: literals, ${{ inputs.NAME }} (a pipeline parameter), ${{ steps.ID.outputs.NAME }} (a data edge) or, in a matrix step, ${{ matrix.NAME }}.',
          additionalProperties: { $ref: '#/definitions/scalar' },
        },
        matrix: {
          type: 'object',
          description:
            "Run the step once per combination (an instance, with its own key): named lists of values, `include` and `exclude`, as GitHub's strategy.matrix. Bind a value with ${{ matrix.NAME }} in `with`. At most 256 combinations.",
          minProperties: 1,
          propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
          properties: {
            include: {
              type: 'array',
              description: 'Combinations to add, or values to add to the combinations they fit.',
              items: { $ref: '#/definitions/matrix-entry' },
            },
            exclude: {
              type: 'array',
              description:
                'Combinations to leave out: each entry removes the combinations that have all its values.',
              items: { $ref: '#/definitions/matrix-entry' },
            },
          },
          additionalProperties: {
            type: 'array',
            description: 'The values of a matrix variable.',
            items: { $ref: '#/definitions/scalar' },
          },
        },
        'max-parallel': {
          type: 'integer',
          minimum: 1,
          description:
            'At most this many instances of the matrix run at once on GitHub (strategy.max-parallel).',
        },
        runner: {
          type: 'string',
          description: 'A label from `runners`; default: defaults.runner.',
        },
        needs: {
          type: ['string', 'array'],
          items: { type: 'string' },
          description:
            'Steps that must finish first although no output flows (data edges come from `with`).',
        },
        cache: {
          type: ['boolean', 'object'],
          description:
            'false: always run, never reuse (side effects). { key: [...] }: extra key parts, e.g. a CUDA version. { key-commands: [...] }: commands whose output is part of the key.',
          additionalProperties: false,
          properties: {
            key: {
              type: 'array',
              items: { type: 'string' },
              description: 'Extra strings folded into the step key.',
            },
            'key-commands': { $ref: '#/definitions/key-commands' },
          },
        },
        if: {
          type: ['string', 'boolean'],
          description:
            'Run only when true: ${{ github.ref == refs/heads/main }}. github.* and inputs.* are available.',
        },
        inputs: { $ref: '#/definitions/inputs' },
        outputs: { $ref: '#/definitions/outputs' },
        code: {
          $ref: '#/definitions/code',
          description:
            'Globs of the files that make up an inline step, relative to the pipeline folder (the repository root); part of the key. !glob leaves files out. Each glob must match a file.',
        },
        setup: { $ref: '#/definitions/setup' },
        run: {
          $ref: '#/definitions/run',
          description: 'An inline step: the bash command, run in the pipeline folder.',
        },
        env: { $ref: '#/definitions/env' },
        'timeout-minutes': { $ref: '#/definitions/timeout-minutes' },
        retries: { $ref: '#/definitions/retries' },
        secrets: { $ref: '#/definitions/secrets' },
        environment: { $ref: '#/definitions/environment' },
        permissions: { $ref: '#/definitions/permissions' },
      },
    },
    name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
    scalar: { type: ['string', 'number', 'boolean'] },
    'matrix-entry': {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
      additionalProperties: { $ref: '#/definitions/scalar' },
    },
    input: {
      type: 'object',
      description: 'A declared input: a parameter value or a repository path.',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: {
          enum: ['string', 'number', 'integer', 'boolean', 'path'],
          description:
            'string, number, integer, boolean, or path (a repository file or folder, hashed by content).',
        },
        default: {
          $ref: '#/definitions/scalar',
          description: 'The value used when a step binds nothing; makes the input optional.',
        },
        enum: {
          type: 'array',
          items: { $ref: '#/definitions/scalar' },
          minItems: 1,
          description: 'The only values allowed.',
        },
        min: { type: 'number', description: 'Smallest value allowed (number and integer).' },
        max: { type: 'number', description: 'Largest value allowed (number and integer).' },
        optional: {
          type: 'boolean',
          description: 'true: a step may leave the input unbound even without a default.',
        },
        description: { type: 'string', description: 'What the input means.' },
      },
    },
    inputs: {
      type: 'object',
      description: 'Inputs by name; referenced as ${{ inputs.NAME }}.',
      propertyNames: { $ref: '#/definitions/name' },
      additionalProperties: { $ref: '#/definitions/input' },
    },
    output: {
      type: 'object',
      description: 'A declared output, created under .pipekit/out/<step>/<name>.',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: {
          enum: ['dir', 'file', 'metrics'],
          description:
            'dir (pipekit creates an empty folder), file, or metrics (a JSON file of numbers shown in reports).',
        },
        description: { type: 'string', description: 'What the output holds.' },
      },
    },
    outputs: {
      type: 'object',
      description: 'Outputs by name; referenced as ${{ outputs.NAME }}.',
      propertyNames: { $ref: '#/definitions/name' },
      additionalProperties: { $ref: '#/definitions/output' },
    },
    code: {
      type: ['string', 'array'],
      items: { type: 'string' },
      description:
        'Globs of the files that make up the step, relative to its folder; part of the key. Leading ../ may climb out of the folder but not out of the repository; a leading / reads from the repository root; !glob leaves files out. Each glob must match a file. Default: the whole folder.',
    },
    setup: {
      type: 'string',
      description: 'A bash command run before `run` (e.g. pip install); part of the key.',
    },
    run: {
      type: 'string',
      description:
        "The bash command that produces the outputs, run in the component's folder; ${{ inputs.NAME }} and ${{ outputs.NAME }} reach it as environment variables, never as script text (README, component.yml).",
    },
    env: {
      type: 'object',
      description: 'Environment variables for setup and run; part of the key.',
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
      additionalProperties: { $ref: '#/definitions/scalar' },
    },
    'timeout-minutes': {
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 43200,
      description:
        'Stop the step after this many minutes (at most 43200, 30 days). Not part of the key.',
    },
    retries: {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      description: 'How many times to retry a failed run (at most 100). Not part of the key.',
    },
    'key-commands': {
      type: 'array',
      items: { type: 'string' },
      description:
        "Commands whose standard output (trailing whitespace trimmed, at most 64 KiB) is part of the key, e.g. an installed library's or a driver's version. Each runs once per run in the step's folder with its env; a failing one fails the step.",
    },
    secrets: {
      type: 'array',
      description:
        "Secrets the step gets as environment variables of the same name: locally from pipekit's own environment, on GitHub from a repository or environment secret. A step gets its component's and its own. Given to that step's setup and run alone: never to its key commands or another step; never in the key (a name is, a value never); masked in logs. One that is missing or empty fails the step before it runs.",
      items: {
        type: 'string',
        pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
        description:
          "A secret name (GitHub's rules): letters, digits and _, not starting with a digit or GITHUB_; nor PIPEKIT_, ACTIONS_, RUNNER_, PATH, HOME or another name that pipekit, the runner or the shell owns (in any case); not a key of env.",
      },
    },
    environment: {
      type: ['string', 'object'],
      description:
        "The GitHub deployment environment of the step's job, with its protection rules (required reviewers, branches) and its environment secrets: a name or { name, url }. A step's replaces its component's. Only on GitHub; not in the key.",
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { type: 'string', description: 'The environment name (at most 255 characters).' },
        url: {
          type: 'string',
          description: "A URL shown with the deployment, e.g. the model's page in a registry.",
        },
      },
    },
    permission: { enum: ['read', 'write', 'none'] },
    permissions: {
      type: ['string', 'object'],
      description:
        "The GITHUB_TOKEN permissions of the step's job: read-all, write-all, or a level per scope (read, write or none; id-token: write or none; models: read or none). A step's replace its component's. Only on GitHub; not in the key.",
      if: { type: 'string' },
      then: { enum: ['read-all', 'write-all'] },
      additionalProperties: false,
      properties: {
        actions: { $ref: '#/definitions/permission' },
        attestations: { $ref: '#/definitions/permission' },
        checks: { $ref: '#/definitions/permission' },
        contents: { $ref: '#/definitions/permission' },
        deployments: { $ref: '#/definitions/permission' },
        discussions: { $ref: '#/definitions/permission' },
        'id-token': {
          enum: ['write', 'none'],
          description:
            'write: the step may request an OpenID Connect token, e.g. to sign in to a cloud or a model registry without a stored secret.',
        },
        issues: { $ref: '#/definitions/permission' },
        models: { enum: ['read', 'none'] },
        packages: { $ref: '#/definitions/permission' },
        pages: { $ref: '#/definitions/permission' },
        'pull-requests': { $ref: '#/definitions/permission' },
        'repository-projects': { $ref: '#/definitions/permission' },
        'security-events': { $ref: '#/definitions/permission' },
        statuses: { $ref: '#/definitions/permission' },
      },
    },
  },
};
const schema13 = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' };
const schema18 = {
  type: ['string', 'array', 'object'],
  description: 'A runs-on value: a label, a list of labels, or { group, labels }.',
  items: { type: 'string' },
  minItems: 1,
  additionalProperties: false,
  properties: {
    group: { type: 'string', description: 'A runner group.' },
    labels: {
      type: 'array',
      items: { type: 'string' },
      description: 'Labels a runner of the group must have.',
    },
  },
};
const schema12 = {
  type: 'object',
  description: 'Inputs by name; referenced as ${{ inputs.NAME }}.',
  propertyNames: { $ref: '#/definitions/name' },
  additionalProperties: { $ref: '#/definitions/input' },
};
const pattern0 = new RegExp('^[A-Za-z_][A-Za-z0-9_-]*$', 'u');
const schema14 = {
  type: 'object',
  description: 'A declared input: a parameter value or a repository path.',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: {
      enum: ['string', 'number', 'integer', 'boolean', 'path'],
      description:
        'string, number, integer, boolean, or path (a repository file or folder, hashed by content).',
    },
    default: {
      $ref: '#/definitions/scalar',
      description: 'The value used when a step binds nothing; makes the input optional.',
    },
    enum: {
      type: 'array',
      items: { $ref: '#/definitions/scalar' },
      minItems: 1,
      description: 'The only values allowed.',
    },
    min: { type: 'number', description: 'Smallest value allowed (number and integer).' },
    max: { type: 'number', description: 'Largest value allowed (number and integer).' },
    optional: {
      type: 'boolean',
      description: 'true: a step may leave the input unbound even without a default.',
    },
    description: { type: 'string', description: 'What the input means.' },
  },
};
const schema15 = { type: ['string', 'number', 'boolean'] };

function validate12(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
        schema: schema14.required,
        parentSchema: schema14,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'type' ||
        key0 === 'default' ||
        key0 === 'enum' ||
        key0 === 'min' ||
        key0 === 'max' ||
        key0 === 'optional' ||
        key0 === 'description'
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema14,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (!(
        data0 === 'string' ||
        data0 === 'number' ||
        data0 === 'integer' ||
        data0 === 'boolean' ||
        data0 === 'path'
      )) {
        const err2 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema14.properties.type.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema14.properties.type.enum,
          parentSchema: schema14.properties.type,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.default !== undefined) {
      let data1 = data.default;
      if (
        typeof data1 !== 'string' &&
        !(typeof data1 == 'number' && isFinite(data1)) &&
        typeof data1 !== 'boolean'
      ) {
        const err3 = {
          instancePath: instancePath + '/default',
          schemaPath: '#/definitions/scalar/type',
          keyword: 'type',
          params: { type: schema15.type },
          message: 'must be string,number,boolean',
          schema: schema15.type,
          parentSchema: schema15,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.enum !== undefined) {
      let data2 = data.enum;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err4 = {
            instancePath: instancePath + '/enum',
            schemaPath: '#/properties/enum/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema14.properties.enum,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (
            typeof data3 !== 'string' &&
            !(typeof data3 == 'number' && isFinite(data3)) &&
            typeof data3 !== 'boolean'
          ) {
            const err5 = {
              instancePath: instancePath + '/enum/' + i0,
              schemaPath: '#/definitions/scalar/type',
              keyword: 'type',
              params: { type: schema15.type },
              message: 'must be string,number,boolean',
              schema: schema15.type,
              parentSchema: schema15,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/enum',
          schemaPath: '#/properties/enum/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema14.properties.enum.type,
          parentSchema: schema14.properties.enum,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.min !== undefined) {
      let data4 = data.min;
      if (!(typeof data4 == 'number' && isFinite(data4))) {
        const err7 = {
          instancePath: instancePath + '/min',
          schemaPath: '#/properties/min/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema14.properties.min.type,
          parentSchema: schema14.properties.min,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.max !== undefined) {
      let data5 = data.max;
      if (!(typeof data5 == 'number' && isFinite(data5))) {
        const err8 = {
          instancePath: instancePath + '/max',
          schemaPath: '#/properties/max/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema14.properties.max.type,
          parentSchema: schema14.properties.max,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.optional !== undefined) {
      let data6 = data.optional;
      if (typeof data6 !== 'boolean') {
        const err9 = {
          instancePath: instancePath + '/optional',
          schemaPath: '#/properties/optional/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema14.properties.optional.type,
          parentSchema: schema14.properties.optional,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data7 = data.description;
      if (typeof data7 !== 'string') {
        const err10 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema14.properties.description.type,
          parentSchema: schema14.properties.description,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema14.type,
      parentSchema: schema14,
      data,
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}

function validate11(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (!pattern0.test(key0)) {
          const err0 = {
            instancePath,
            schemaPath: '#/definitions/name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
            parentSchema: schema13,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath,
          schemaPath: '#/definitions/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema13.type,
          parentSchema: schema13,
          data: key0,
          propertyName: key0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema12.propertyNames,
          parentSchema: schema12,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (
        !validate12(data[key1], {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          parentData: data,
          parentDataProperty: key1,
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema12.type,
      parentSchema: schema12,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}

const schema19 = {
  type: 'object',
  description:
    'A step: a component folder (`uses`) or an inline component (`run`, with `inputs`, `outputs`, `code`, `setup`, `env`).',
  additionalProperties: false,
  properties: {
    uses: {
      type: 'string',
      description: 'The component folder, e.g. ./steps/train (it holds component.yml).',
    },
    with: {
      type: 'object',
      description:
        'Values for the component inputs: literals, ${{ inputs.NAME }} (a pipeline parameter), ${{ steps.ID.outputs.NAME }} (a data edge) or, in a matrix step, ${{ matrix.NAME }}.',
      additionalProperties: { $ref: '#/definitions/scalar' },
    },
    matrix: {
      type: 'object',
      description:
        "Run the step once per combination (an instance, with its own key): named lists of values, `include` and `exclude`, as GitHub's strategy.matrix. Bind a value with ${{ matrix.NAME }} in `with`. At most 256 combinations.",
      minProperties: 1,
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
      properties: {
        include: {
          type: 'array',
          description: 'Combinations to add, or values to add to the combinations they fit.',
          items: { $ref: '#/definitions/matrix-entry' },
        },
        exclude: {
          type: 'array',
          description:
            'Combinations to leave out: each entry removes the combinations that have all its values.',
          items: { $ref: '#/definitions/matrix-entry' },
        },
      },
      additionalProperties: {
        type: 'array',
        description: 'The values of a matrix variable.',
        items: { $ref: '#/definitions/scalar' },
      },
    },
    'max-parallel': {
      type: 'integer',
      minimum: 1,
      description:
        'At most this many instances of the matrix run at once on GitHub (strategy.max-parallel).',
    },
    runner: { type: 'string', description: 'A label from `runners`; default: defaults.runner.' },
    needs: {
      type: ['string', 'array'],
      items: { type: 'string' },
      description:
        'Steps that must finish first although no output flows (data edges come from `with`).',
    },
    cache: {
      type: ['boolean', 'object'],
      description:
        'false: always run, never reuse (side effects). { key: [...] }: extra key parts, e.g. a CUDA version. { key-commands: [...] }: commands whose output is part of the key.',
      additionalProperties: false,
      properties: {
        key: {
          type: 'array',
          items: { type: 'string' },
          description: 'Extra strings folded into the step key.',
        },
        'key-commands': { $ref: '#/definitions/key-commands' },
      },
    },
    if: {
      type: ['string', 'boolean'],
      description:
        'Run only when true: ${{ github.ref == refs/heads/main }}. github.* and inputs.* are available.',
    },
    inputs: { $ref: '#/definitions/inputs' },
    outputs: { $ref: '#/definitions/outputs' },
    code: {
      $ref: '#/definitions/code',
      description:
        'Globs of the files that make up an inline step, relative to the pipeline folder (the repository root); part of the key. !glob leaves files out. Each glob must match a file.',
    },
    setup: { $ref: '#/definitions/setup' },
    run: {
      $ref: '#/definitions/run',
      description: 'An inline step: the bash command, run in the pipeline folder.',
    },
    env: { $ref: '#/definitions/env' },
    'timeout-minutes': { $ref: '#/definitions/timeout-minutes' },
    retries: { $ref: '#/definitions/retries' },
    secrets: { $ref: '#/definitions/secrets' },
    environment: { $ref: '#/definitions/environment' },
    permissions: { $ref: '#/definitions/permissions' },
  },
};
const schema24 = {
  type: 'array',
  items: { type: 'string' },
  description:
    "Commands whose standard output (trailing whitespace trimmed, at most 64 KiB) is part of the key, e.g. an installed library's or a driver's version. Each runs once per run in the step's folder with its env; a failing one fails the step.",
};
const schema28 = {
  type: ['string', 'array'],
  items: { type: 'string' },
  description:
    'Globs of the files that make up the step, relative to its folder; part of the key. Leading ../ may climb out of the folder but not out of the repository; a leading / reads from the repository root; !glob leaves files out. Each glob must match a file. Default: the whole folder.',
};
const schema29 = {
  type: 'string',
  description: 'A bash command run before `run` (e.g. pip install); part of the key.',
};
const schema30 = {
  type: 'string',
  description:
    "The bash command that produces the outputs, run in the component's folder; ${{ inputs.NAME }} and ${{ outputs.NAME }} reach it as environment variables, never as script text (README, component.yml).",
};
const schema33 = {
  type: 'number',
  exclusiveMinimum: 0,
  maximum: 43200,
  description:
    'Stop the step after this many minutes (at most 43200, 30 days). Not part of the key.',
};
const schema34 = {
  type: 'integer',
  minimum: 0,
  maximum: 100,
  description: 'How many times to retry a failed run (at most 100). Not part of the key.',
};
const schema35 = {
  type: 'array',
  description:
    "Secrets the step gets as environment variables of the same name: locally from pipekit's own environment, on GitHub from a repository or environment secret. A step gets its component's and its own. Given to that step's setup and run alone: never to its key commands or another step; never in the key (a name is, a value never); masked in logs. One that is missing or empty fails the step before it runs.",
  items: {
    type: 'string',
    pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
    description:
      "A secret name (GitHub's rules): letters, digits and _, not starting with a digit or GITHUB_; nor PIPEKIT_, ACTIONS_, RUNNER_, PATH, HOME or another name that pipekit, the runner or the shell owns (in any case); not a key of env.",
  },
};
const schema36 = {
  type: ['string', 'object'],
  description:
    "The GitHub deployment environment of the step's job, with its protection rules (required reviewers, branches) and its environment secrets: a name or { name, url }. A step's replaces its component's. Only on GitHub; not in the key.",
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', description: 'The environment name (at most 255 characters).' },
    url: {
      type: 'string',
      description: "A URL shown with the deployment, e.g. the model's page in a registry.",
    },
  },
};
const func2 = Object.prototype.hasOwnProperty;
const pattern7 = new RegExp('^[A-Za-z_][A-Za-z0-9_]*$', 'u');
const schema22 = {
  type: 'object',
  propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
  additionalProperties: { $ref: '#/definitions/scalar' },
};

function validate16(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (!pattern0.test(key0)) {
          const err0 = {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
            parentSchema: schema22.propertyNames,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err1 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema22.propertyNames,
          parentSchema: schema22,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (
        typeof data0 !== 'string' &&
        !(typeof data0 == 'number' && isFinite(data0)) &&
        typeof data0 !== 'boolean'
      ) {
        const err2 = {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/definitions/scalar/type',
          keyword: 'type',
          params: { type: schema15.type },
          message: 'must be string,number,boolean',
          schema: schema15.type,
          parentSchema: schema15,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema22.type,
      parentSchema: schema22,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}

const schema25 = {
  type: 'object',
  description: 'Outputs by name; referenced as ${{ outputs.NAME }}.',
  propertyNames: { $ref: '#/definitions/name' },
  additionalProperties: { $ref: '#/definitions/output' },
};
const schema27 = {
  type: 'object',
  description: 'A declared output, created under .pipekit/out/<step>/<name>.',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: {
      enum: ['dir', 'file', 'metrics'],
      description:
        'dir (pipekit creates an empty folder), file, or metrics (a JSON file of numbers shown in reports).',
    },
    description: { type: 'string', description: 'What the output holds.' },
  },
};

function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (!pattern0.test(key0)) {
          const err0 = {
            instancePath,
            schemaPath: '#/definitions/name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
            parentSchema: schema13,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath,
          schemaPath: '#/definitions/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema13.type,
          parentSchema: schema13,
          data: key0,
          propertyName: key0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema25.propertyNames,
          parentSchema: schema25,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.type === undefined) {
          const err3 = {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/definitions/output/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
            message: "must have required property '" + 'type' + "'",
            schema: schema27.required,
            parentSchema: schema27,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key2 in data0) {
          if (!(key2 === 'type' || key2 === 'description')) {
            const err4 = {
              instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/definitions/output/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema27,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.type !== undefined) {
          let data1 = data0.type;
          if (!(data1 === 'dir' || data1 === 'file' || data1 === 'metrics')) {
            const err5 = {
              instancePath:
                instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/type',
              schemaPath: '#/definitions/output/properties/type/enum',
              keyword: 'enum',
              params: { allowedValues: schema27.properties.type.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema27.properties.type.enum,
              parentSchema: schema27.properties.type,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.description !== undefined) {
          let data2 = data0.description;
          if (typeof data2 !== 'string') {
            const err6 = {
              instancePath:
                instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/description',
              schemaPath: '#/definitions/output/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema27.properties.description.type,
              parentSchema: schema27.properties.description,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/definitions/output/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema27.type,
          parentSchema: schema27,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema25.type,
      parentSchema: schema25,
      data,
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}

const schema31 = {
  type: 'object',
  description: 'Environment variables for setup and run; part of the key.',
  propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
  additionalProperties: { $ref: '#/definitions/scalar' },
};

function validate22(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (!pattern7.test(key0)) {
          const err0 = {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_]*$',
            parentSchema: schema31.propertyNames,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err1 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema31.propertyNames,
          parentSchema: schema31,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (
        typeof data0 !== 'string' &&
        !(typeof data0 == 'number' && isFinite(data0)) &&
        typeof data0 !== 'boolean'
      ) {
        const err2 = {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/definitions/scalar/type',
          keyword: 'type',
          params: { type: schema15.type },
          message: 'must be string,number,boolean',
          schema: schema15.type,
          parentSchema: schema15,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema31.type,
      parentSchema: schema31,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}

const schema37 = {
  type: ['string', 'object'],
  description:
    "The GITHUB_TOKEN permissions of the step's job: read-all, write-all, or a level per scope (read, write or none; id-token: write or none; models: read or none). A step's replace its component's. Only on GitHub; not in the key.",
  if: { type: 'string' },
  then: { enum: ['read-all', 'write-all'] },
  additionalProperties: false,
  properties: {
    actions: { $ref: '#/definitions/permission' },
    attestations: { $ref: '#/definitions/permission' },
    checks: { $ref: '#/definitions/permission' },
    contents: { $ref: '#/definitions/permission' },
    deployments: { $ref: '#/definitions/permission' },
    discussions: { $ref: '#/definitions/permission' },
    'id-token': {
      enum: ['write', 'none'],
      description:
        'write: the step may request an OpenID Connect token, e.g. to sign in to a cloud or a model registry without a stored secret.',
    },
    issues: { $ref: '#/definitions/permission' },
    models: { enum: ['read', 'none'] },
    packages: { $ref: '#/definitions/permission' },
    pages: { $ref: '#/definitions/permission' },
    'pull-requests': { $ref: '#/definitions/permission' },
    'repository-projects': { $ref: '#/definitions/permission' },
    'security-events': { $ref: '#/definitions/permission' },
    statuses: { $ref: '#/definitions/permission' },
  },
};
const schema38 = { enum: ['read', 'write', 'none'] };

function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string' && !(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema37.type },
      message: 'must be string,object',
      schema: schema37.type,
      parentSchema: schema37,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (typeof data !== 'string') {
    const err1 = {};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (!(data === 'read-all' || data === 'write-all')) {
      const err2 = {
        instancePath,
        schemaPath: '#/then/enum',
        keyword: 'enum',
        params: { allowedValues: schema37.then.enum },
        message: 'must be equal to one of the allowed values',
        schema: schema37.then.enum,
        parentSchema: schema37.then,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
      schema: schema37.if,
      parentSchema: schema37,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema37.properties, key0)) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema37,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.actions !== undefined) {
      let data0 = data.actions;
      if (!(data0 === 'read' || data0 === 'write' || data0 === 'none')) {
        const err5 = {
          instancePath: instancePath + '/actions',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.attestations !== undefined) {
      let data1 = data.attestations;
      if (!(data1 === 'read' || data1 === 'write' || data1 === 'none')) {
        const err6 = {
          instancePath: instancePath + '/attestations',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.checks !== undefined) {
      let data2 = data.checks;
      if (!(data2 === 'read' || data2 === 'write' || data2 === 'none')) {
        const err7 = {
          instancePath: instancePath + '/checks',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.contents !== undefined) {
      let data3 = data.contents;
      if (!(data3 === 'read' || data3 === 'write' || data3 === 'none')) {
        const err8 = {
          instancePath: instancePath + '/contents',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.deployments !== undefined) {
      let data4 = data.deployments;
      if (!(data4 === 'read' || data4 === 'write' || data4 === 'none')) {
        const err9 = {
          instancePath: instancePath + '/deployments',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.discussions !== undefined) {
      let data5 = data.discussions;
      if (!(data5 === 'read' || data5 === 'write' || data5 === 'none')) {
        const err10 = {
          instancePath: instancePath + '/discussions',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data['id-token'] !== undefined) {
      let data6 = data['id-token'];
      if (!(data6 === 'write' || data6 === 'none')) {
        const err11 = {
          instancePath: instancePath + '/id-token',
          schemaPath: '#/properties/id-token/enum',
          keyword: 'enum',
          params: { allowedValues: schema37.properties['id-token'].enum },
          message: 'must be equal to one of the allowed values',
          schema: schema37.properties['id-token'].enum,
          parentSchema: schema37.properties['id-token'],
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.issues !== undefined) {
      let data7 = data.issues;
      if (!(data7 === 'read' || data7 === 'write' || data7 === 'none')) {
        const err12 = {
          instancePath: instancePath + '/issues',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.models !== undefined) {
      let data8 = data.models;
      if (!(data8 === 'read' || data8 === 'none')) {
        const err13 = {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/enum',
          keyword: 'enum',
          params: { allowedValues: schema37.properties.models.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema37.properties.models.enum,
          parentSchema: schema37.properties.models,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.packages !== undefined) {
      let data9 = data.packages;
      if (!(data9 === 'read' || data9 === 'write' || data9 === 'none')) {
        const err14 = {
          instancePath: instancePath + '/packages',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.pages !== undefined) {
      let data10 = data.pages;
      if (!(data10 === 'read' || data10 === 'write' || data10 === 'none')) {
        const err15 = {
          instancePath: instancePath + '/pages',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data['pull-requests'] !== undefined) {
      let data11 = data['pull-requests'];
      if (!(data11 === 'read' || data11 === 'write' || data11 === 'none')) {
        const err16 = {
          instancePath: instancePath + '/pull-requests',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data['repository-projects'] !== undefined) {
      let data12 = data['repository-projects'];
      if (!(data12 === 'read' || data12 === 'write' || data12 === 'none')) {
        const err17 = {
          instancePath: instancePath + '/repository-projects',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data['security-events'] !== undefined) {
      let data13 = data['security-events'];
      if (!(data13 === 'read' || data13 === 'write' || data13 === 'none')) {
        const err18 = {
          instancePath: instancePath + '/security-events',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.statuses !== undefined) {
      let data14 = data.statuses;
      if (!(data14 === 'read' || data14 === 'write' || data14 === 'none')) {
        const err19 = {
          instancePath: instancePath + '/statuses',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}

function validate15(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema19.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema19,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.uses !== undefined) {
      let data0 = data.uses;
      if (typeof data0 !== 'string') {
        const err1 = {
          instancePath: instancePath + '/uses',
          schemaPath: '#/properties/uses/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema19.properties.uses.type,
          parentSchema: schema19.properties.uses,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.with !== undefined) {
      let data1 = data.with;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          let data2 = data1[key1];
          if (
            typeof data2 !== 'string' &&
            !(typeof data2 == 'number' && isFinite(data2)) &&
            typeof data2 !== 'boolean'
          ) {
            const err2 = {
              instancePath: instancePath + '/with/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/definitions/scalar/type',
              keyword: 'type',
              params: { type: schema15.type },
              message: 'must be string,number,boolean',
              schema: schema15.type,
              parentSchema: schema15,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/with',
          schemaPath: '#/properties/with/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.with.type,
          parentSchema: schema19.properties.with,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.matrix !== undefined) {
      let data3 = data.matrix;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (Object.keys(data3).length < 1) {
          const err4 = {
            instancePath: instancePath + '/matrix',
            schemaPath: '#/properties/matrix/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
            schema: 1,
            parentSchema: schema19.properties.matrix,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key2 in data3) {
          const _errs12 = errors;
          if (typeof key2 === 'string') {
            if (!pattern0.test(key2)) {
              const err5 = {
                instancePath: instancePath + '/matrix',
                schemaPath: '#/properties/matrix/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
                parentSchema: schema19.properties.matrix.propertyNames,
                data: key2,
                propertyName: key2,
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          var valid3 = _errs12 === errors;
          if (!valid3) {
            const err6 = {
              instancePath: instancePath + '/matrix',
              schemaPath: '#/properties/matrix/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key2 },
              message: 'property name must be valid',
              schema: schema19.properties.matrix.propertyNames,
              parentSchema: schema19.properties.matrix,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key3 in data3) {
          if (!(key3 === 'include' || key3 === 'exclude')) {
            let data4 = data3[key3];
            if (Array.isArray(data4)) {
              const len0 = data4.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data5 = data4[i0];
                if (
                  typeof data5 !== 'string' &&
                  !(typeof data5 == 'number' && isFinite(data5)) &&
                  typeof data5 !== 'boolean'
                ) {
                  const err7 = {
                    instancePath:
                      instancePath +
                      '/matrix/' +
                      key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/' +
                      i0,
                    schemaPath: '#/definitions/scalar/type',
                    keyword: 'type',
                    params: { type: schema15.type },
                    message: 'must be string,number,boolean',
                    schema: schema15.type,
                    parentSchema: schema15,
                    data: data5,
                  };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
            } else {
              const err8 = {
                instancePath:
                  instancePath + '/matrix/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/matrix/additionalProperties/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
                schema: schema19.properties.matrix.additionalProperties.type,
                parentSchema: schema19.properties.matrix.additionalProperties,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
        if (data3.include !== undefined) {
          let data6 = data3.include;
          if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (
                !validate16(data6[i1], {
                  instancePath: instancePath + '/matrix/include/' + i1,
                  parentData: data6,
                  parentDataProperty: i1,
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/matrix/include',
              schemaPath: '#/properties/matrix/properties/include/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.properties.matrix.properties.include.type,
              parentSchema: schema19.properties.matrix.properties.include,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.exclude !== undefined) {
          let data8 = data3.exclude;
          if (Array.isArray(data8)) {
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (
                !validate16(data8[i2], {
                  instancePath: instancePath + '/matrix/exclude/' + i2,
                  parentData: data8,
                  parentDataProperty: i2,
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/matrix/exclude',
              schemaPath: '#/properties/matrix/properties/exclude/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.properties.matrix.properties.exclude.type,
              parentSchema: schema19.properties.matrix.properties.exclude,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/matrix',
          schemaPath: '#/properties/matrix/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.matrix.type,
          parentSchema: schema19.properties.matrix,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data['max-parallel'] !== undefined) {
      let data10 = data['max-parallel'];
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
        const err12 = {
          instancePath: instancePath + '/max-parallel',
          schemaPath: '#/properties/max-parallel/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema19.properties['max-parallel'].type,
          parentSchema: schema19.properties['max-parallel'],
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data10 == 'number' && isFinite(data10)) {
        if (data10 < 1 || isNaN(data10)) {
          const err13 = {
            instancePath: instancePath + '/max-parallel',
            schemaPath: '#/properties/max-parallel/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema19.properties['max-parallel'],
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.runner !== undefined) {
      let data11 = data.runner;
      if (typeof data11 !== 'string') {
        const err14 = {
          instancePath: instancePath + '/runner',
          schemaPath: '#/properties/runner/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema19.properties.runner.type,
          parentSchema: schema19.properties.runner,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.needs !== undefined) {
      let data12 = data.needs;
      if (typeof data12 !== 'string' && !Array.isArray(data12)) {
        const err15 = {
          instancePath: instancePath + '/needs',
          schemaPath: '#/properties/needs/type',
          keyword: 'type',
          params: { type: schema19.properties.needs.type },
          message: 'must be string,array',
          schema: schema19.properties.needs.type,
          parentSchema: schema19.properties.needs,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (Array.isArray(data12)) {
        const len3 = data12.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data13 = data12[i3];
          if (typeof data13 !== 'string') {
            const err16 = {
              instancePath: instancePath + '/needs/' + i3,
              schemaPath: '#/properties/needs/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema19.properties.needs.items.type,
              parentSchema: schema19.properties.needs.items,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      }
    }
    if (data.cache !== undefined) {
      let data14 = data.cache;
      if (
        typeof data14 !== 'boolean' &&
        !(data14 && typeof data14 == 'object' && !Array.isArray(data14))
      ) {
        const err17 = {
          instancePath: instancePath + '/cache',
          schemaPath: '#/properties/cache/type',
          keyword: 'type',
          params: { type: schema19.properties.cache.type },
          message: 'must be boolean,object',
          schema: schema19.properties.cache.type,
          parentSchema: schema19.properties.cache,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
        for (const key4 in data14) {
          if (!(key4 === 'key' || key4 === 'key-commands')) {
            const err18 = {
              instancePath: instancePath + '/cache',
              schemaPath: '#/properties/cache/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.cache,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data14.key !== undefined) {
          let data15 = data14.key;
          if (Array.isArray(data15)) {
            const len4 = data15.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data16 = data15[i4];
              if (typeof data16 !== 'string') {
                const err19 = {
                  instancePath: instancePath + '/cache/key/' + i4,
                  schemaPath: '#/properties/cache/properties/key/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema19.properties.cache.properties.key.items.type,
                  parentSchema: schema19.properties.cache.properties.key.items,
                  data: data16,
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = {
              instancePath: instancePath + '/cache/key',
              schemaPath: '#/properties/cache/properties/key/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.properties.cache.properties.key.type,
              parentSchema: schema19.properties.cache.properties.key,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data14['key-commands'] !== undefined) {
          let data17 = data14['key-commands'];
          if (Array.isArray(data17)) {
            const len5 = data17.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data18 = data17[i5];
              if (typeof data18 !== 'string') {
                const err21 = {
                  instancePath: instancePath + '/cache/key-commands/' + i5,
                  schemaPath: '#/definitions/key-commands/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema24.items.type,
                  parentSchema: schema24.items,
                  data: data18,
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = {
              instancePath: instancePath + '/cache/key-commands',
              schemaPath: '#/definitions/key-commands/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema24.type,
              parentSchema: schema24,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      }
    }
    if (data.if !== undefined) {
      let data19 = data.if;
      if (typeof data19 !== 'string' && typeof data19 !== 'boolean') {
        const err23 = {
          instancePath: instancePath + '/if',
          schemaPath: '#/properties/if/type',
          keyword: 'type',
          params: { type: schema19.properties.if.type },
          message: 'must be string,boolean',
          schema: schema19.properties.if.type,
          parentSchema: schema19.properties.if,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.inputs !== undefined) {
      if (
        !validate11(data.inputs, {
          instancePath: instancePath + '/inputs',
          parentData: data,
          parentDataProperty: 'inputs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.outputs !== undefined) {
      if (
        !validate20(data.outputs, {
          instancePath: instancePath + '/outputs',
          parentData: data,
          parentDataProperty: 'outputs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
        errors = vErrors.length;
      }
    }
    if (data.code !== undefined) {
      let data22 = data.code;
      if (typeof data22 !== 'string' && !Array.isArray(data22)) {
        const err24 = {
          instancePath: instancePath + '/code',
          schemaPath: '#/definitions/code/type',
          keyword: 'type',
          params: { type: schema28.type },
          message: 'must be string,array',
          schema: schema28.type,
          parentSchema: schema28,
          data: data22,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (Array.isArray(data22)) {
        const len6 = data22.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data23 = data22[i6];
          if (typeof data23 !== 'string') {
            const err25 = {
              instancePath: instancePath + '/code/' + i6,
              schemaPath: '#/definitions/code/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema28.items.type,
              parentSchema: schema28.items,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      }
    }
    if (data.setup !== undefined) {
      let data24 = data.setup;
      if (typeof data24 !== 'string') {
        const err26 = {
          instancePath: instancePath + '/setup',
          schemaPath: '#/definitions/setup/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema29.type,
          parentSchema: schema29,
          data: data24,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.run !== undefined) {
      let data25 = data.run;
      if (typeof data25 !== 'string') {
        const err27 = {
          instancePath: instancePath + '/run',
          schemaPath: '#/definitions/run/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema30.type,
          parentSchema: schema30,
          data: data25,
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.env !== undefined) {
      if (
        !validate22(data.env, {
          instancePath: instancePath + '/env',
          parentData: data,
          parentDataProperty: 'env',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data['timeout-minutes'] !== undefined) {
      let data27 = data['timeout-minutes'];
      if (typeof data27 == 'number' && isFinite(data27)) {
        if (data27 > 43200 || isNaN(data27)) {
          const err28 = {
            instancePath: instancePath + '/timeout-minutes',
            schemaPath: '#/definitions/timeout-minutes/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 43200 },
            message: 'must be <= 43200',
            schema: 43200,
            parentSchema: schema33,
            data: data27,
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data27 <= 0 || isNaN(data27)) {
          const err29 = {
            instancePath: instancePath + '/timeout-minutes',
            schemaPath: '#/definitions/timeout-minutes/exclusiveMinimum',
            keyword: 'exclusiveMinimum',
            params: { comparison: '>', limit: 0 },
            message: 'must be > 0',
            schema: 0,
            parentSchema: schema33,
            data: data27,
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = {
          instancePath: instancePath + '/timeout-minutes',
          schemaPath: '#/definitions/timeout-minutes/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema33.type,
          parentSchema: schema33,
          data: data27,
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.retries !== undefined) {
      let data28 = data.retries;
      if (!(typeof data28 == 'number' && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
        const err31 = {
          instancePath: instancePath + '/retries',
          schemaPath: '#/definitions/retries/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema34.type,
          parentSchema: schema34,
          data: data28,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data28 == 'number' && isFinite(data28)) {
        if (data28 > 100 || isNaN(data28)) {
          const err32 = {
            instancePath: instancePath + '/retries',
            schemaPath: '#/definitions/retries/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
            message: 'must be <= 100',
            schema: 100,
            parentSchema: schema34,
            data: data28,
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data28 < 0 || isNaN(data28)) {
          const err33 = {
            instancePath: instancePath + '/retries',
            schemaPath: '#/definitions/retries/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema34,
            data: data28,
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    }
    if (data.secrets !== undefined) {
      let data29 = data.secrets;
      if (Array.isArray(data29)) {
        const len7 = data29.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data30 = data29[i7];
          if (typeof data30 === 'string') {
            if (!pattern7.test(data30)) {
              const err34 = {
                instancePath: instancePath + '/secrets/' + i7,
                schemaPath: '#/definitions/secrets/items/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                parentSchema: schema35.items,
                data: data30,
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = {
              instancePath: instancePath + '/secrets/' + i7,
              schemaPath: '#/definitions/secrets/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema35.items.type,
              parentSchema: schema35.items,
              data: data30,
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = {
          instancePath: instancePath + '/secrets',
          schemaPath: '#/definitions/secrets/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema35.type,
          parentSchema: schema35,
          data: data29,
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.environment !== undefined) {
      let data31 = data.environment;
      if (
        typeof data31 !== 'string' &&
        !(data31 && typeof data31 == 'object' && !Array.isArray(data31))
      ) {
        const err37 = {
          instancePath: instancePath + '/environment',
          schemaPath: '#/definitions/environment/type',
          keyword: 'type',
          params: { type: schema36.type },
          message: 'must be string,object',
          schema: schema36.type,
          parentSchema: schema36,
          data: data31,
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (data31 && typeof data31 == 'object' && !Array.isArray(data31)) {
        if (data31.name === undefined) {
          const err38 = {
            instancePath: instancePath + '/environment',
            schemaPath: '#/definitions/environment/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
            schema: schema36.required,
            parentSchema: schema36,
            data: data31,
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key5 in data31) {
          if (!(key5 === 'name' || key5 === 'url')) {
            const err39 = {
              instancePath: instancePath + '/environment',
              schemaPath: '#/definitions/environment/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key5 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema36,
              data: data31,
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data31.name !== undefined) {
          let data32 = data31.name;
          if (typeof data32 !== 'string') {
            const err40 = {
              instancePath: instancePath + '/environment/name',
              schemaPath: '#/definitions/environment/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema36.properties.name.type,
              parentSchema: schema36.properties.name,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data31.url !== undefined) {
          let data33 = data31.url;
          if (typeof data33 !== 'string') {
            const err41 = {
              instancePath: instancePath + '/environment/url',
              schemaPath: '#/definitions/environment/properties/url/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema36.properties.url.type,
              parentSchema: schema36.properties.url,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      }
    }
    if (data.permissions !== undefined) {
      if (
        !validate24(data.permissions, {
          instancePath: instancePath + '/permissions',
          parentData: data,
          parentDataProperty: 'permissions',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err42 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema19.type,
      parentSchema: schema19,
      data,
    };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}

const pattern2 = new RegExp('^recursive$', 'u');
const pattern3 = new RegExp('^[a-z][a-z0-9_-]*$', 'u');

function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.steps === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'steps' },
        message: "must have required property '" + 'steps' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'description' ||
        key0 === 'inputs' ||
        key0 === 'runners' ||
        key0 === 'defaults' ||
        key0 === 'on' ||
        key0 === 'github' ||
        key0 === 'steps'
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema11,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema11.properties.name.type,
          parentSchema: schema11.properties.name,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data1 = data.description;
      if (typeof data1 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema11.properties.description.type,
          parentSchema: schema11.properties.description,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.inputs !== undefined) {
      if (
        !validate11(data.inputs, {
          instancePath: instancePath + '/inputs',
          parentData: data,
          parentDataProperty: 'inputs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.runners !== undefined) {
      let data3 = data.runners;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs9 = errors;
          if (typeof key1 === 'string') {
            if (!pattern0.test(key1)) {
              const err4 = {
                instancePath: instancePath + '/runners',
                schemaPath: '#/definitions/name/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
                parentSchema: schema13,
                data: key1,
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = {
              instancePath: instancePath + '/runners',
              schemaPath: '#/definitions/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema13.type,
              parentSchema: schema13,
              data: key1,
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var valid1 = _errs9 === errors;
          if (!valid1) {
            const err6 = {
              instancePath: instancePath + '/runners',
              schemaPath: '#/properties/runners/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema11.properties.runners.propertyNames,
              parentSchema: schema11.properties.runners,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if ((!data4 || typeof data4 != 'object') && typeof data4 !== 'string') {
            const err7 = {
              instancePath:
                instancePath + '/runners/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/definitions/runs-on/type',
              keyword: 'type',
              params: { type: schema18.type },
              message: 'must be string,array,object',
              schema: schema18.type,
              parentSchema: schema18,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err8 = {
                instancePath:
                  instancePath + '/runners/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/definitions/runs-on/minItems',
                keyword: 'minItems',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 items',
                schema: 1,
                parentSchema: schema18,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 !== 'string') {
                const err9 = {
                  instancePath:
                    instancePath +
                    '/runners/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/' +
                    i0,
                  schemaPath: '#/definitions/runs-on/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema18.items.type,
                  parentSchema: schema18.items,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          }
          if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
            for (const key3 in data4) {
              if (!(key3 === 'group' || key3 === 'labels')) {
                const err10 = {
                  instancePath:
                    instancePath + '/runners/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/definitions/runs-on/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema18,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data4.group !== undefined) {
              let data6 = data4.group;
              if (typeof data6 !== 'string') {
                const err11 = {
                  instancePath:
                    instancePath +
                    '/runners/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/group',
                  schemaPath: '#/definitions/runs-on/properties/group/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema18.properties.group.type,
                  parentSchema: schema18.properties.group,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data4.labels !== undefined) {
              let data7 = data4.labels;
              if (Array.isArray(data7)) {
                const len1 = data7.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data8 = data7[i1];
                  if (typeof data8 !== 'string') {
                    const err12 = {
                      instancePath:
                        instancePath +
                        '/runners/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/labels/' +
                        i1,
                      schemaPath: '#/definitions/runs-on/properties/labels/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema18.properties.labels.items.type,
                      parentSchema: schema18.properties.labels.items,
                      data: data8,
                    };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
              } else {
                const err13 = {
                  instancePath:
                    instancePath +
                    '/runners/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/labels',
                  schemaPath: '#/definitions/runs-on/properties/labels/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema18.properties.labels.type,
                  parentSchema: schema18.properties.labels,
                  data: data7,
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/runners',
          schemaPath: '#/properties/runners/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.runners.type,
          parentSchema: schema11.properties.runners,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.defaults !== undefined) {
      let data9 = data.defaults;
      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
        for (const key4 in data9) {
          if (!(key4 === 'runner')) {
            const err15 = {
              instancePath: instancePath + '/defaults',
              schemaPath: '#/properties/defaults/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.defaults,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data9.runner !== undefined) {
          let data10 = data9.runner;
          if (typeof data10 !== 'string') {
            const err16 = {
              instancePath: instancePath + '/defaults/runner',
              schemaPath: '#/properties/defaults/properties/runner/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.defaults.properties.runner.type,
              parentSchema: schema11.properties.defaults.properties.runner,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/defaults',
          schemaPath: '#/properties/defaults/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.defaults.type,
          parentSchema: schema11.properties.defaults,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.on !== undefined) {
      let data11 = data.on;
      if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
        if (Object.keys(data11).length < 1) {
          const err18 = {
            instancePath: instancePath + '/on',
            schemaPath: '#/properties/on/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
            schema: 1,
            parentSchema: schema11.properties.on,
            data: data11,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key5 in data11) {
          if (!(
            key5 === 'push' ||
            key5 === 'pull_request' ||
            key5 === 'merge_group' ||
            key5 === 'workflow_dispatch'
          )) {
            const err19 = {
              instancePath: instancePath + '/on',
              schemaPath: '#/properties/on/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key5 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.on,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data11.push !== undefined) {
          let data12 = data11.push;
          if (!(data12 && typeof data12 == 'object' && !Array.isArray(data12)) && data12 !== null) {
            const err20 = {
              instancePath: instancePath + '/on/push',
              schemaPath: '#/properties/on/properties/push/type',
              keyword: 'type',
              params: { type: schema11.properties.on.properties.push.type },
              message: 'must be object,null',
              schema: schema11.properties.on.properties.push.type,
              parentSchema: schema11.properties.on.properties.push,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
            for (const key6 in data12) {
              if (!(key6 === 'branches')) {
                const err21 = {
                  instancePath: instancePath + '/on/push',
                  schemaPath: '#/properties/on/properties/push/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key6 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.on.properties.push,
                  data: data12,
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data12.branches !== undefined) {
              let data13 = data12.branches;
              if (Array.isArray(data13)) {
                if (data13.length < 1) {
                  const err22 = {
                    instancePath: instancePath + '/on/push/branches',
                    schemaPath: '#/properties/on/properties/push/properties/branches/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema: schema11.properties.on.properties.push.properties.branches,
                    data: data13,
                  };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                const len2 = data13.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data14 = data13[i2];
                  if (typeof data14 !== 'string') {
                    const err23 = {
                      instancePath: instancePath + '/on/push/branches/' + i2,
                      schemaPath: '#/properties/on/properties/push/properties/branches/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.on.properties.push.properties.branches.items.type,
                      parentSchema:
                        schema11.properties.on.properties.push.properties.branches.items,
                      data: data14,
                    };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              } else {
                const err24 = {
                  instancePath: instancePath + '/on/push/branches',
                  schemaPath: '#/properties/on/properties/push/properties/branches/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema11.properties.on.properties.push.properties.branches.type,
                  parentSchema: schema11.properties.on.properties.push.properties.branches,
                  data: data13,
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          }
        }
        if (data11.pull_request !== undefined) {
          let data15 = data11.pull_request;
          if (!(data15 && typeof data15 == 'object' && !Array.isArray(data15)) && data15 !== null) {
            const err25 = {
              instancePath: instancePath + '/on/pull_request',
              schemaPath: '#/properties/on/properties/pull_request/type',
              keyword: 'type',
              params: { type: schema11.properties.on.properties.pull_request.type },
              message: 'must be object,null',
              schema: schema11.properties.on.properties.pull_request.type,
              parentSchema: schema11.properties.on.properties.pull_request,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
            for (const key7 in data15) {
              if (!(key7 === 'branches')) {
                const err26 = {
                  instancePath: instancePath + '/on/pull_request',
                  schemaPath: '#/properties/on/properties/pull_request/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key7 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.on.properties.pull_request,
                  data: data15,
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data15.branches !== undefined) {
              let data16 = data15.branches;
              if (Array.isArray(data16)) {
                if (data16.length < 1) {
                  const err27 = {
                    instancePath: instancePath + '/on/pull_request/branches',
                    schemaPath:
                      '#/properties/on/properties/pull_request/properties/branches/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema:
                      schema11.properties.on.properties.pull_request.properties.branches,
                    data: data16,
                  };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                const len3 = data16.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data17 = data16[i3];
                  if (typeof data17 !== 'string') {
                    const err28 = {
                      instancePath: instancePath + '/on/pull_request/branches/' + i3,
                      schemaPath:
                        '#/properties/on/properties/pull_request/properties/branches/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.on.properties.pull_request.properties.branches.items
                          .type,
                      parentSchema:
                        schema11.properties.on.properties.pull_request.properties.branches.items,
                      data: data17,
                    };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = {
                  instancePath: instancePath + '/on/pull_request/branches',
                  schemaPath: '#/properties/on/properties/pull_request/properties/branches/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema11.properties.on.properties.pull_request.properties.branches.type,
                  parentSchema: schema11.properties.on.properties.pull_request.properties.branches,
                  data: data16,
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          }
        }
        if (data11.merge_group !== undefined) {
          let data18 = data11.merge_group;
          if (data18 !== null) {
            const err30 = {
              instancePath: instancePath + '/on/merge_group',
              schemaPath: '#/properties/on/properties/merge_group/type',
              keyword: 'type',
              params: { type: 'null' },
              message: 'must be null',
              schema: schema11.properties.on.properties.merge_group.type,
              parentSchema: schema11.properties.on.properties.merge_group,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data11.workflow_dispatch !== undefined) {
          let data19 = data11.workflow_dispatch;
          if (data19 !== null) {
            const err31 = {
              instancePath: instancePath + '/on/workflow_dispatch',
              schemaPath: '#/properties/on/properties/workflow_dispatch/type',
              keyword: 'type',
              params: { type: 'null' },
              message: 'must be null',
              schema: schema11.properties.on.properties.workflow_dispatch.type,
              parentSchema: schema11.properties.on.properties.workflow_dispatch,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/on',
          schemaPath: '#/properties/on/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.on.type,
          parentSchema: schema11.properties.on,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.github !== undefined) {
      let data20 = data.github;
      if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
        for (const key8 in data20) {
          if (!(
            key8 === 'action' ||
            key8 === 'checkout' ||
            key8 === 'lfs' ||
            key8 === 'submodules' ||
            key8 === 'fork-pull-requests-on-self-hosted' ||
            key8 === 'dispatch-inputs' ||
            key8 === 'artifact-retention-days'
          )) {
            const err33 = {
              instancePath: instancePath + '/github',
              schemaPath: '#/properties/github/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key8 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.github,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data20.action !== undefined) {
          let data21 = data20.action;
          if (typeof data21 !== 'string') {
            const err34 = {
              instancePath: instancePath + '/github/action',
              schemaPath: '#/properties/github/properties/action/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.github.properties.action.type,
              parentSchema: schema11.properties.github.properties.action,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data20.checkout !== undefined) {
          let data22 = data20.checkout;
          if (typeof data22 !== 'string') {
            const err35 = {
              instancePath: instancePath + '/github/checkout',
              schemaPath: '#/properties/github/properties/checkout/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.github.properties.checkout.type,
              parentSchema: schema11.properties.github.properties.checkout,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data20.lfs !== undefined) {
          let data23 = data20.lfs;
          if (typeof data23 !== 'boolean') {
            const err36 = {
              instancePath: instancePath + '/github/lfs',
              schemaPath: '#/properties/github/properties/lfs/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.github.properties.lfs.type,
              parentSchema: schema11.properties.github.properties.lfs,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data20.submodules !== undefined) {
          let data24 = data20.submodules;
          if (typeof data24 !== 'boolean' && typeof data24 !== 'string') {
            const err37 = {
              instancePath: instancePath + '/github/submodules',
              schemaPath: '#/properties/github/properties/submodules/type',
              keyword: 'type',
              params: { type: schema11.properties.github.properties.submodules.type },
              message: 'must be boolean,string',
              schema: schema11.properties.github.properties.submodules.type,
              parentSchema: schema11.properties.github.properties.submodules,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (typeof data24 === 'string') {
            if (!pattern2.test(data24)) {
              const err38 = {
                instancePath: instancePath + '/github/submodules',
                schemaPath: '#/properties/github/properties/submodules/pattern',
                keyword: 'pattern',
                params: { pattern: '^recursive$' },
                message: 'must match pattern "' + '^recursive$' + '"',
                schema: '^recursive$',
                parentSchema: schema11.properties.github.properties.submodules,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        }
        if (data20['fork-pull-requests-on-self-hosted'] !== undefined) {
          let data25 = data20['fork-pull-requests-on-self-hosted'];
          if (typeof data25 !== 'boolean') {
            const err39 = {
              instancePath: instancePath + '/github/fork-pull-requests-on-self-hosted',
              schemaPath: '#/properties/github/properties/fork-pull-requests-on-self-hosted/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema:
                schema11.properties.github.properties['fork-pull-requests-on-self-hosted'].type,
              parentSchema:
                schema11.properties.github.properties['fork-pull-requests-on-self-hosted'],
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data20['dispatch-inputs'] !== undefined) {
          let data26 = data20['dispatch-inputs'];
          if (!(typeof data26 == 'number' && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
            const err40 = {
              instancePath: instancePath + '/github/dispatch-inputs',
              schemaPath: '#/properties/github/properties/dispatch-inputs/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.github.properties['dispatch-inputs'].type,
              parentSchema: schema11.properties.github.properties['dispatch-inputs'],
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (typeof data26 == 'number' && isFinite(data26)) {
            if (data26 > 25 || isNaN(data26)) {
              const err41 = {
                instancePath: instancePath + '/github/dispatch-inputs',
                schemaPath: '#/properties/github/properties/dispatch-inputs/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 25 },
                message: 'must be <= 25',
                schema: 25,
                parentSchema: schema11.properties.github.properties['dispatch-inputs'],
                data: data26,
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data26 < 0 || isNaN(data26)) {
              const err42 = {
                instancePath: instancePath + '/github/dispatch-inputs',
                schemaPath: '#/properties/github/properties/dispatch-inputs/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.github.properties['dispatch-inputs'],
                data: data26,
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
        }
        if (data20['artifact-retention-days'] !== undefined) {
          let data27 = data20['artifact-retention-days'];
          if (!(typeof data27 == 'number' && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
            const err43 = {
              instancePath: instancePath + '/github/artifact-retention-days',
              schemaPath: '#/properties/github/properties/artifact-retention-days/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.github.properties['artifact-retention-days'].type,
              parentSchema: schema11.properties.github.properties['artifact-retention-days'],
              data: data27,
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (typeof data27 == 'number' && isFinite(data27)) {
            if (data27 > 90 || isNaN(data27)) {
              const err44 = {
                instancePath: instancePath + '/github/artifact-retention-days',
                schemaPath: '#/properties/github/properties/artifact-retention-days/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 90 },
                message: 'must be <= 90',
                schema: 90,
                parentSchema: schema11.properties.github.properties['artifact-retention-days'],
                data: data27,
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data27 < 0 || isNaN(data27)) {
              const err45 = {
                instancePath: instancePath + '/github/artifact-retention-days',
                schemaPath: '#/properties/github/properties/artifact-retention-days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.github.properties['artifact-retention-days'],
                data: data27,
              };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
        }
      } else {
        const err46 = {
          instancePath: instancePath + '/github',
          schemaPath: '#/properties/github/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.github.type,
          parentSchema: schema11.properties.github,
          data: data20,
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.steps !== undefined) {
      let data28 = data.steps;
      if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
        if (Object.keys(data28).length < 1) {
          const err47 = {
            instancePath: instancePath + '/steps',
            schemaPath: '#/properties/steps/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
            schema: 1,
            parentSchema: schema11.properties.steps,
            data: data28,
          };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        for (const key9 in data28) {
          const _errs70 = errors;
          if (typeof key9 === 'string') {
            if (!pattern3.test(key9)) {
              const err48 = {
                instancePath: instancePath + '/steps',
                schemaPath: '#/properties/steps/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9_-]*$' },
                message: 'must match pattern "' + '^[a-z][a-z0-9_-]*$' + '"',
                schema: '^[a-z][a-z0-9_-]*$',
                parentSchema: schema11.properties.steps.propertyNames,
                data: key9,
                propertyName: key9,
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
          var valid19 = _errs70 === errors;
          if (!valid19) {
            const err49 = {
              instancePath: instancePath + '/steps',
              schemaPath: '#/properties/steps/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key9 },
              message: 'property name must be valid',
              schema: schema11.properties.steps.propertyNames,
              parentSchema: schema11.properties.steps,
              data: data28,
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        for (const key10 in data28) {
          if (
            !validate15(data28[key10], {
              instancePath:
                instancePath + '/steps/' + key10.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data28,
              parentDataProperty: key10,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err50 = {
          instancePath: instancePath + '/steps',
          schemaPath: '#/properties/steps/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.steps.type,
          parentSchema: schema11.properties.steps,
          data: data28,
        };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
  } else {
    const err51 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema11.type,
      parentSchema: schema11,
      data,
    };
    if (vErrors === null) {
      vErrors = [err51];
    } else {
      vErrors.push(err51);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

export const validateComponent = validate27;
const schema51 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'pipekit component',
  description:
    "A pipekit component (steps/<id>/component.yml): one step's declared inputs, outputs, code and command.",
  type: 'object',
  additionalProperties: false,
  required: ['run'],
  properties: {
    name: { type: 'string', description: 'A display name for the component.' },
    description: { type: 'string', description: 'What the component does; shown in reports.' },
    inputs: { $ref: '#/definitions/inputs' },
    outputs: { $ref: '#/definitions/outputs' },
    code: { $ref: '#/definitions/code' },
    setup: { $ref: '#/definitions/setup' },
    run: { $ref: '#/definitions/run' },
    env: { $ref: '#/definitions/env' },
    'timeout-minutes': { $ref: '#/definitions/timeout-minutes' },
    retries: { $ref: '#/definitions/retries' },
    secrets: { $ref: '#/definitions/secrets' },
    environment: { $ref: '#/definitions/environment' },
    permissions: { $ref: '#/definitions/permissions' },
    cache: {
      type: 'object',
      description:
        '{ key-commands: [...] }: commands whose output is part of the key of every step using the component.',
      additionalProperties: false,
      properties: { 'key-commands': { $ref: '#/definitions/key-commands' } },
    },
  },
  definitions: {
    name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
    scalar: { type: ['string', 'number', 'boolean'] },
    input: {
      type: 'object',
      description: 'A declared input: a parameter value or a repository path.',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: {
          enum: ['string', 'number', 'integer', 'boolean', 'path'],
          description:
            'string, number, integer, boolean, or path (a repository file or folder, hashed by content).',
        },
        default: {
          $ref: '#/definitions/scalar',
          description: 'The value used when a step binds nothing; makes the input optional.',
        },
        enum: {
          type: 'array',
          items: { $ref: '#/definitions/scalar' },
          minItems: 1,
          description: 'The only values allowed.',
        },
        min: { type: 'number', description: 'Smallest value allowed (number and integer).' },
        max: { type: 'number', description: 'Largest value allowed (number and integer).' },
        optional: {
          type: 'boolean',
          description: 'true: a step may leave the input unbound even without a default.',
        },
        description: { type: 'string', description: 'What the input means.' },
      },
    },
    inputs: {
      type: 'object',
      description: 'Inputs by name; referenced as ${{ inputs.NAME }}.',
      propertyNames: { $ref: '#/definitions/name' },
      additionalProperties: { $ref: '#/definitions/input' },
    },
    output: {
      type: 'object',
      description: 'A declared output, created under .pipekit/out/<step>/<name>.',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: {
          enum: ['dir', 'file', 'metrics'],
          description:
            'dir (pipekit creates an empty folder), file, or metrics (a JSON file of numbers shown in reports).',
        },
        description: { type: 'string', description: 'What the output holds.' },
      },
    },
    outputs: {
      type: 'object',
      description: 'Outputs by name; referenced as ${{ outputs.NAME }}.',
      propertyNames: { $ref: '#/definitions/name' },
      additionalProperties: { $ref: '#/definitions/output' },
    },
    code: {
      type: ['string', 'array'],
      items: { type: 'string' },
      description:
        'Globs of the files that make up the step, relative to its folder; part of the key. Leading ../ may climb out of the folder but not out of the repository; a leading / reads from the repository root; !glob leaves files out. Each glob must match a file. Default: the whole folder.',
    },
    setup: {
      type: 'string',
      description: 'A bash command run before `run` (e.g. pip install); part of the key.',
    },
    run: {
      type: 'string',
      description:
        "The bash command that produces the outputs, run in the component's folder; ${{ inputs.NAME }} and ${{ outputs.NAME }} reach it as environment variables, never as script text (README, component.yml).",
    },
    env: {
      type: 'object',
      description: 'Environment variables for setup and run; part of the key.',
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
      additionalProperties: { $ref: '#/definitions/scalar' },
    },
    'timeout-minutes': {
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 43200,
      description:
        'Stop the step after this many minutes (at most 43200, 30 days). Not part of the key.',
    },
    retries: {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      description: 'How many times to retry a failed run (at most 100). Not part of the key.',
    },
    'key-commands': {
      type: 'array',
      items: { type: 'string' },
      description:
        "Commands whose standard output (trailing whitespace trimmed, at most 64 KiB) is part of the key, e.g. an installed library's or a driver's version. Each runs once per run in the step's folder with its env; a failing one fails the step.",
    },
    secrets: {
      type: 'array',
      description:
        "Secrets the step gets as environment variables of the same name: locally from pipekit's own environment, on GitHub from a repository or environment secret. A step gets its component's and its own. Given to that step's setup and run alone: never to its key commands or another step; never in the key (a name is, a value never); masked in logs. One that is missing or empty fails the step before it runs.",
      items: {
        type: 'string',
        pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
        description:
          "A secret name (GitHub's rules): letters, digits and _, not starting with a digit or GITHUB_; nor PIPEKIT_, ACTIONS_, RUNNER_, PATH, HOME or another name that pipekit, the runner or the shell owns (in any case); not a key of env.",
      },
    },
    environment: {
      type: ['string', 'object'],
      description:
        "The GitHub deployment environment of the step's job, with its protection rules (required reviewers, branches) and its environment secrets: a name or { name, url }. A step's replaces its component's. Only on GitHub; not in the key.",
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { type: 'string', description: 'The environment name (at most 255 characters).' },
        url: {
          type: 'string',
          description: "A URL shown with the deployment, e.g. the model's page in a registry.",
        },
      },
    },
    permission: { enum: ['read', 'write', 'none'] },
    permissions: {
      type: ['string', 'object'],
      description:
        "The GITHUB_TOKEN permissions of the step's job: read-all, write-all, or a level per scope (read, write or none; id-token: write or none; models: read or none). A step's replace its component's. Only on GitHub; not in the key.",
      if: { type: 'string' },
      then: { enum: ['read-all', 'write-all'] },
      additionalProperties: false,
      properties: {
        actions: { $ref: '#/definitions/permission' },
        attestations: { $ref: '#/definitions/permission' },
        checks: { $ref: '#/definitions/permission' },
        contents: { $ref: '#/definitions/permission' },
        deployments: { $ref: '#/definitions/permission' },
        discussions: { $ref: '#/definitions/permission' },
        'id-token': {
          enum: ['write', 'none'],
          description:
            'write: the step may request an OpenID Connect token, e.g. to sign in to a cloud or a model registry without a stored secret.',
        },
        issues: { $ref: '#/definitions/permission' },
        models: { enum: ['read', 'none'] },
        packages: { $ref: '#/definitions/permission' },
        pages: { $ref: '#/definitions/permission' },
        'pull-requests': { $ref: '#/definitions/permission' },
        'repository-projects': { $ref: '#/definitions/permission' },
        'security-events': { $ref: '#/definitions/permission' },
        statuses: { $ref: '#/definitions/permission' },
      },
    },
  },
};
const schema60 = {
  type: ['string', 'array'],
  items: { type: 'string' },
  description:
    'Globs of the files that make up the step, relative to its folder; part of the key. Leading ../ may climb out of the folder but not out of the repository; a leading / reads from the repository root; !glob leaves files out. Each glob must match a file. Default: the whole folder.',
};
const schema61 = {
  type: 'string',
  description: 'A bash command run before `run` (e.g. pip install); part of the key.',
};
const schema62 = {
  type: 'string',
  description:
    "The bash command that produces the outputs, run in the component's folder; ${{ inputs.NAME }} and ${{ outputs.NAME }} reach it as environment variables, never as script text (README, component.yml).",
};
const schema65 = {
  type: 'number',
  exclusiveMinimum: 0,
  maximum: 43200,
  description:
    'Stop the step after this many minutes (at most 43200, 30 days). Not part of the key.',
};
const schema66 = {
  type: 'integer',
  minimum: 0,
  maximum: 100,
  description: 'How many times to retry a failed run (at most 100). Not part of the key.',
};
const schema67 = {
  type: 'array',
  description:
    "Secrets the step gets as environment variables of the same name: locally from pipekit's own environment, on GitHub from a repository or environment secret. A step gets its component's and its own. Given to that step's setup and run alone: never to its key commands or another step; never in the key (a name is, a value never); masked in logs. One that is missing or empty fails the step before it runs.",
  items: {
    type: 'string',
    pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
    description:
      "A secret name (GitHub's rules): letters, digits and _, not starting with a digit or GITHUB_; nor PIPEKIT_, ACTIONS_, RUNNER_, PATH, HOME or another name that pipekit, the runner or the shell owns (in any case); not a key of env.",
  },
};
const schema68 = {
  type: ['string', 'object'],
  description:
    "The GitHub deployment environment of the step's job, with its protection rules (required reviewers, branches) and its environment secrets: a name or { name, url }. A step's replaces its component's. Only on GitHub; not in the key.",
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', description: 'The environment name (at most 255 characters).' },
    url: {
      type: 'string',
      description: "A URL shown with the deployment, e.g. the model's page in a registry.",
    },
  },
};
const schema83 = {
  type: 'array',
  items: { type: 'string' },
  description:
    "Commands whose standard output (trailing whitespace trimmed, at most 64 KiB) is part of the key, e.g. an installed library's or a driver's version. Each runs once per run in the step's folder with its env; a failing one fails the step.",
};
const schema52 = {
  type: 'object',
  description: 'Inputs by name; referenced as ${{ inputs.NAME }}.',
  propertyNames: { $ref: '#/definitions/name' },
  additionalProperties: { $ref: '#/definitions/input' },
};
const schema53 = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' };
const schema54 = {
  type: 'object',
  description: 'A declared input: a parameter value or a repository path.',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: {
      enum: ['string', 'number', 'integer', 'boolean', 'path'],
      description:
        'string, number, integer, boolean, or path (a repository file or folder, hashed by content).',
    },
    default: {
      $ref: '#/definitions/scalar',
      description: 'The value used when a step binds nothing; makes the input optional.',
    },
    enum: {
      type: 'array',
      items: { $ref: '#/definitions/scalar' },
      minItems: 1,
      description: 'The only values allowed.',
    },
    min: { type: 'number', description: 'Smallest value allowed (number and integer).' },
    max: { type: 'number', description: 'Largest value allowed (number and integer).' },
    optional: {
      type: 'boolean',
      description: 'true: a step may leave the input unbound even without a default.',
    },
    description: { type: 'string', description: 'What the input means.' },
  },
};
const schema55 = { type: ['string', 'number', 'boolean'] };

function validate29(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
        schema: schema54.required,
        parentSchema: schema54,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'type' ||
        key0 === 'default' ||
        key0 === 'enum' ||
        key0 === 'min' ||
        key0 === 'max' ||
        key0 === 'optional' ||
        key0 === 'description'
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema54,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (!(
        data0 === 'string' ||
        data0 === 'number' ||
        data0 === 'integer' ||
        data0 === 'boolean' ||
        data0 === 'path'
      )) {
        const err2 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema54.properties.type.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema54.properties.type.enum,
          parentSchema: schema54.properties.type,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.default !== undefined) {
      let data1 = data.default;
      if (
        typeof data1 !== 'string' &&
        !(typeof data1 == 'number' && isFinite(data1)) &&
        typeof data1 !== 'boolean'
      ) {
        const err3 = {
          instancePath: instancePath + '/default',
          schemaPath: '#/definitions/scalar/type',
          keyword: 'type',
          params: { type: schema55.type },
          message: 'must be string,number,boolean',
          schema: schema55.type,
          parentSchema: schema55,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.enum !== undefined) {
      let data2 = data.enum;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err4 = {
            instancePath: instancePath + '/enum',
            schemaPath: '#/properties/enum/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema54.properties.enum,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (
            typeof data3 !== 'string' &&
            !(typeof data3 == 'number' && isFinite(data3)) &&
            typeof data3 !== 'boolean'
          ) {
            const err5 = {
              instancePath: instancePath + '/enum/' + i0,
              schemaPath: '#/definitions/scalar/type',
              keyword: 'type',
              params: { type: schema55.type },
              message: 'must be string,number,boolean',
              schema: schema55.type,
              parentSchema: schema55,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/enum',
          schemaPath: '#/properties/enum/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema54.properties.enum.type,
          parentSchema: schema54.properties.enum,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.min !== undefined) {
      let data4 = data.min;
      if (!(typeof data4 == 'number' && isFinite(data4))) {
        const err7 = {
          instancePath: instancePath + '/min',
          schemaPath: '#/properties/min/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema54.properties.min.type,
          parentSchema: schema54.properties.min,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.max !== undefined) {
      let data5 = data.max;
      if (!(typeof data5 == 'number' && isFinite(data5))) {
        const err8 = {
          instancePath: instancePath + '/max',
          schemaPath: '#/properties/max/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema54.properties.max.type,
          parentSchema: schema54.properties.max,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.optional !== undefined) {
      let data6 = data.optional;
      if (typeof data6 !== 'boolean') {
        const err9 = {
          instancePath: instancePath + '/optional',
          schemaPath: '#/properties/optional/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema54.properties.optional.type,
          parentSchema: schema54.properties.optional,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data7 = data.description;
      if (typeof data7 !== 'string') {
        const err10 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema54.properties.description.type,
          parentSchema: schema54.properties.description,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema54.type,
      parentSchema: schema54,
      data,
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}

function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (!pattern0.test(key0)) {
          const err0 = {
            instancePath,
            schemaPath: '#/definitions/name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
            parentSchema: schema53,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath,
          schemaPath: '#/definitions/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema53.type,
          parentSchema: schema53,
          data: key0,
          propertyName: key0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema52.propertyNames,
          parentSchema: schema52,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (
        !validate29(data[key1], {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          parentData: data,
          parentDataProperty: key1,
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema52.type,
      parentSchema: schema52,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}

const schema57 = {
  type: 'object',
  description: 'Outputs by name; referenced as ${{ outputs.NAME }}.',
  propertyNames: { $ref: '#/definitions/name' },
  additionalProperties: { $ref: '#/definitions/output' },
};
const schema59 = {
  type: 'object',
  description: 'A declared output, created under .pipekit/out/<step>/<name>.',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: {
      enum: ['dir', 'file', 'metrics'],
      description:
        'dir (pipekit creates an empty folder), file, or metrics (a JSON file of numbers shown in reports).',
    },
    description: { type: 'string', description: 'What the output holds.' },
  },
};

function validate32(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (!pattern0.test(key0)) {
          const err0 = {
            instancePath,
            schemaPath: '#/definitions/name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
            parentSchema: schema53,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath,
          schemaPath: '#/definitions/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema53.type,
          parentSchema: schema53,
          data: key0,
          propertyName: key0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema57.propertyNames,
          parentSchema: schema57,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.type === undefined) {
          const err3 = {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/definitions/output/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
            message: "must have required property '" + 'type' + "'",
            schema: schema59.required,
            parentSchema: schema59,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key2 in data0) {
          if (!(key2 === 'type' || key2 === 'description')) {
            const err4 = {
              instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/definitions/output/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema59,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.type !== undefined) {
          let data1 = data0.type;
          if (!(data1 === 'dir' || data1 === 'file' || data1 === 'metrics')) {
            const err5 = {
              instancePath:
                instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/type',
              schemaPath: '#/definitions/output/properties/type/enum',
              keyword: 'enum',
              params: { allowedValues: schema59.properties.type.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema59.properties.type.enum,
              parentSchema: schema59.properties.type,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.description !== undefined) {
          let data2 = data0.description;
          if (typeof data2 !== 'string') {
            const err6 = {
              instancePath:
                instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/description',
              schemaPath: '#/definitions/output/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema59.properties.description.type,
              parentSchema: schema59.properties.description,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/definitions/output/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema59.type,
          parentSchema: schema59,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema57.type,
      parentSchema: schema57,
      data,
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}

const schema63 = {
  type: 'object',
  description: 'Environment variables for setup and run; part of the key.',
  propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
  additionalProperties: { $ref: '#/definitions/scalar' },
};

function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (!pattern7.test(key0)) {
          const err0 = {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_]*$',
            parentSchema: schema63.propertyNames,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err1 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema63.propertyNames,
          parentSchema: schema63,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (
        typeof data0 !== 'string' &&
        !(typeof data0 == 'number' && isFinite(data0)) &&
        typeof data0 !== 'boolean'
      ) {
        const err2 = {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/definitions/scalar/type',
          keyword: 'type',
          params: { type: schema55.type },
          message: 'must be string,number,boolean',
          schema: schema55.type,
          parentSchema: schema55,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema63.type,
      parentSchema: schema63,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}

const schema69 = {
  type: ['string', 'object'],
  description:
    "The GITHUB_TOKEN permissions of the step's job: read-all, write-all, or a level per scope (read, write or none; id-token: write or none; models: read or none). A step's replace its component's. Only on GitHub; not in the key.",
  if: { type: 'string' },
  then: { enum: ['read-all', 'write-all'] },
  additionalProperties: false,
  properties: {
    actions: { $ref: '#/definitions/permission' },
    attestations: { $ref: '#/definitions/permission' },
    checks: { $ref: '#/definitions/permission' },
    contents: { $ref: '#/definitions/permission' },
    deployments: { $ref: '#/definitions/permission' },
    discussions: { $ref: '#/definitions/permission' },
    'id-token': {
      enum: ['write', 'none'],
      description:
        'write: the step may request an OpenID Connect token, e.g. to sign in to a cloud or a model registry without a stored secret.',
    },
    issues: { $ref: '#/definitions/permission' },
    models: { enum: ['read', 'none'] },
    packages: { $ref: '#/definitions/permission' },
    pages: { $ref: '#/definitions/permission' },
    'pull-requests': { $ref: '#/definitions/permission' },
    'repository-projects': { $ref: '#/definitions/permission' },
    'security-events': { $ref: '#/definitions/permission' },
    statuses: { $ref: '#/definitions/permission' },
  },
};
const schema70 = { enum: ['read', 'write', 'none'] };

function validate36(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string' && !(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema69.type },
      message: 'must be string,object',
      schema: schema69.type,
      parentSchema: schema69,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (typeof data !== 'string') {
    const err1 = {};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (!(data === 'read-all' || data === 'write-all')) {
      const err2 = {
        instancePath,
        schemaPath: '#/then/enum',
        keyword: 'enum',
        params: { allowedValues: schema69.then.enum },
        message: 'must be equal to one of the allowed values',
        schema: schema69.then.enum,
        parentSchema: schema69.then,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
      schema: schema69.if,
      parentSchema: schema69,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema69.properties, key0)) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema69,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.actions !== undefined) {
      let data0 = data.actions;
      if (!(data0 === 'read' || data0 === 'write' || data0 === 'none')) {
        const err5 = {
          instancePath: instancePath + '/actions',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema70.enum,
          parentSchema: schema70,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.attestations !== undefined) {
      let data1 = data.attestations;
      if (!(data1 === 'read' || data1 === 'write' || data1 === 'none')) {
        const err6 = {
          instancePath: instancePath + '/attestations',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema70.enum,
          parentSchema: schema70,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.checks !== undefined) {
      let data2 = data.checks;
      if (!(data2 === 'read' || data2 === 'write' || data2 === 'none')) {
        const err7 = {
          instancePath: instancePath + '/checks',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema70.enum,
          parentSchema: schema70,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.contents !== undefined) {
      let data3 = data.contents;
      if (!(data3 === 'read' || data3 === 'write' || data3 === 'none')) {
        const err8 = {
          instancePath: instancePath + '/contents',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema70.enum,
          parentSchema: schema70,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.deployments !== undefined) {
      let data4 = data.deployments;
      if (!(data4 === 'read' || data4 === 'write' || data4 === 'none')) {
        const err9 = {
          instancePath: instancePath + '/deployments',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema70.enum,
          parentSchema: schema70,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.discussions !== undefined) {
      let data5 = data.discussions;
      if (!(data5 === 'read' || data5 === 'write' || data5 === 'none')) {
        const err10 = {
          instancePath: instancePath + '/discussions',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema70.enum,
          parentSchema: schema70,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data['id-token'] !== undefined) {
      let data6 = data['id-token'];
      if (!(data6 === 'write' || data6 === 'none')) {
        const err11 = {
          instancePath: instancePath + '/id-token',
          schemaPath: '#/properties/id-token/enum',
          keyword: 'enum',
          params: { allowedValues: schema69.properties['id-token'].enum },
          message: 'must be equal to one of the allowed values',
          schema: schema69.properties['id-token'].enum,
          parentSchema: schema69.properties['id-token'],
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.issues !== undefined) {
      let data7 = data.issues;
      if (!(data7 === 'read' || data7 === 'write' || data7 === 'none')) {
        const err12 = {
          instancePath: instancePath + '/issues',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema70.enum,
          parentSchema: schema70,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.models !== undefined) {
      let data8 = data.models;
      if (!(data8 === 'read' || data8 === 'none')) {
        const err13 = {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/enum',
          keyword: 'enum',
          params: { allowedValues: schema69.properties.models.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema69.properties.models.enum,
          parentSchema: schema69.properties.models,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.packages !== undefined) {
      let data9 = data.packages;
      if (!(data9 === 'read' || data9 === 'write' || data9 === 'none')) {
        const err14 = {
          instancePath: instancePath + '/packages',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema70.enum,
          parentSchema: schema70,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.pages !== undefined) {
      let data10 = data.pages;
      if (!(data10 === 'read' || data10 === 'write' || data10 === 'none')) {
        const err15 = {
          instancePath: instancePath + '/pages',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema70.enum,
          parentSchema: schema70,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data['pull-requests'] !== undefined) {
      let data11 = data['pull-requests'];
      if (!(data11 === 'read' || data11 === 'write' || data11 === 'none')) {
        const err16 = {
          instancePath: instancePath + '/pull-requests',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema70.enum,
          parentSchema: schema70,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data['repository-projects'] !== undefined) {
      let data12 = data['repository-projects'];
      if (!(data12 === 'read' || data12 === 'write' || data12 === 'none')) {
        const err17 = {
          instancePath: instancePath + '/repository-projects',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema70.enum,
          parentSchema: schema70,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data['security-events'] !== undefined) {
      let data13 = data['security-events'];
      if (!(data13 === 'read' || data13 === 'write' || data13 === 'none')) {
        const err18 = {
          instancePath: instancePath + '/security-events',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema70.enum,
          parentSchema: schema70,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.statuses !== undefined) {
      let data14 = data.statuses;
      if (!(data14 === 'read' || data14 === 'write' || data14 === 'none')) {
        const err19 = {
          instancePath: instancePath + '/statuses',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema70.enum,
          parentSchema: schema70,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}

function validate27(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.run === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'run' },
        message: "must have required property '" + 'run' + "'",
        schema: schema51.required,
        parentSchema: schema51,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema51.properties, key0)) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema51,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema51.properties.name.type,
          parentSchema: schema51.properties.name,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data1 = data.description;
      if (typeof data1 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema51.properties.description.type,
          parentSchema: schema51.properties.description,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.inputs !== undefined) {
      if (
        !validate28(data.inputs, {
          instancePath: instancePath + '/inputs',
          parentData: data,
          parentDataProperty: 'inputs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.outputs !== undefined) {
      if (
        !validate32(data.outputs, {
          instancePath: instancePath + '/outputs',
          parentData: data,
          parentDataProperty: 'outputs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.code !== undefined) {
      let data4 = data.code;
      if (typeof data4 !== 'string' && !Array.isArray(data4)) {
        const err4 = {
          instancePath: instancePath + '/code',
          schemaPath: '#/definitions/code/type',
          keyword: 'type',
          params: { type: schema60.type },
          message: 'must be string,array',
          schema: schema60.type,
          parentSchema: schema60,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== 'string') {
            const err5 = {
              instancePath: instancePath + '/code/' + i0,
              schemaPath: '#/definitions/code/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema60.items.type,
              parentSchema: schema60.items,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.setup !== undefined) {
      let data6 = data.setup;
      if (typeof data6 !== 'string') {
        const err6 = {
          instancePath: instancePath + '/setup',
          schemaPath: '#/definitions/setup/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema61.type,
          parentSchema: schema61,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.run !== undefined) {
      let data7 = data.run;
      if (typeof data7 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/run',
          schemaPath: '#/definitions/run/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema62.type,
          parentSchema: schema62,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.env !== undefined) {
      if (
        !validate34(data.env, {
          instancePath: instancePath + '/env',
          parentData: data,
          parentDataProperty: 'env',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data['timeout-minutes'] !== undefined) {
      let data9 = data['timeout-minutes'];
      if (typeof data9 == 'number' && isFinite(data9)) {
        if (data9 > 43200 || isNaN(data9)) {
          const err8 = {
            instancePath: instancePath + '/timeout-minutes',
            schemaPath: '#/definitions/timeout-minutes/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 43200 },
            message: 'must be <= 43200',
            schema: 43200,
            parentSchema: schema65,
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data9 <= 0 || isNaN(data9)) {
          const err9 = {
            instancePath: instancePath + '/timeout-minutes',
            schemaPath: '#/definitions/timeout-minutes/exclusiveMinimum',
            keyword: 'exclusiveMinimum',
            params: { comparison: '>', limit: 0 },
            message: 'must be > 0',
            schema: 0,
            parentSchema: schema65,
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/timeout-minutes',
          schemaPath: '#/definitions/timeout-minutes/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema65.type,
          parentSchema: schema65,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.retries !== undefined) {
      let data10 = data.retries;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
        const err11 = {
          instancePath: instancePath + '/retries',
          schemaPath: '#/definitions/retries/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema66.type,
          parentSchema: schema66,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data10 == 'number' && isFinite(data10)) {
        if (data10 > 100 || isNaN(data10)) {
          const err12 = {
            instancePath: instancePath + '/retries',
            schemaPath: '#/definitions/retries/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
            message: 'must be <= 100',
            schema: 100,
            parentSchema: schema66,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data10 < 0 || isNaN(data10)) {
          const err13 = {
            instancePath: instancePath + '/retries',
            schemaPath: '#/definitions/retries/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema66,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.secrets !== undefined) {
      let data11 = data.secrets;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data12 = data11[i1];
          if (typeof data12 === 'string') {
            if (!pattern7.test(data12)) {
              const err14 = {
                instancePath: instancePath + '/secrets/' + i1,
                schemaPath: '#/definitions/secrets/items/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                parentSchema: schema67.items,
                data: data12,
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = {
              instancePath: instancePath + '/secrets/' + i1,
              schemaPath: '#/definitions/secrets/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema67.items.type,
              parentSchema: schema67.items,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/secrets',
          schemaPath: '#/definitions/secrets/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema67.type,
          parentSchema: schema67,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.environment !== undefined) {
      let data13 = data.environment;
      if (
        typeof data13 !== 'string' &&
        !(data13 && typeof data13 == 'object' && !Array.isArray(data13))
      ) {
        const err17 = {
          instancePath: instancePath + '/environment',
          schemaPath: '#/definitions/environment/type',
          keyword: 'type',
          params: { type: schema68.type },
          message: 'must be string,object',
          schema: schema68.type,
          parentSchema: schema68,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
        if (data13.name === undefined) {
          const err18 = {
            instancePath: instancePath + '/environment',
            schemaPath: '#/definitions/environment/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
            schema: schema68.required,
            parentSchema: schema68,
            data: data13,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key1 in data13) {
          if (!(key1 === 'name' || key1 === 'url')) {
            const err19 = {
              instancePath: instancePath + '/environment',
              schemaPath: '#/definitions/environment/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema68,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data13.name !== undefined) {
          let data14 = data13.name;
          if (typeof data14 !== 'string') {
            const err20 = {
              instancePath: instancePath + '/environment/name',
              schemaPath: '#/definitions/environment/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema68.properties.name.type,
              parentSchema: schema68.properties.name,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data13.url !== undefined) {
          let data15 = data13.url;
          if (typeof data15 !== 'string') {
            const err21 = {
              instancePath: instancePath + '/environment/url',
              schemaPath: '#/definitions/environment/properties/url/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema68.properties.url.type,
              parentSchema: schema68.properties.url,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      }
    }
    if (data.permissions !== undefined) {
      if (
        !validate36(data.permissions, {
          instancePath: instancePath + '/permissions',
          parentData: data,
          parentDataProperty: 'permissions',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.cache !== undefined) {
      let data17 = data.cache;
      if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
        for (const key2 in data17) {
          if (!(key2 === 'key-commands')) {
            const err22 = {
              instancePath: instancePath + '/cache',
              schemaPath: '#/properties/cache/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema51.properties.cache,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data17['key-commands'] !== undefined) {
          let data18 = data17['key-commands'];
          if (Array.isArray(data18)) {
            const len2 = data18.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data19 = data18[i2];
              if (typeof data19 !== 'string') {
                const err23 = {
                  instancePath: instancePath + '/cache/key-commands/' + i2,
                  schemaPath: '#/definitions/key-commands/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema83.items.type,
                  parentSchema: schema83.items,
                  data: data19,
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = {
              instancePath: instancePath + '/cache/key-commands',
              schemaPath: '#/definitions/key-commands/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema83.type,
              parentSchema: schema83,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/cache',
          schemaPath: '#/properties/cache/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema51.properties.cache.type,
          parentSchema: schema51.properties.cache,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema51.type,
      parentSchema: schema51,
      data,
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}

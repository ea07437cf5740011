import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';

// The validators are ajv standalone code generated from schema/*.schema.json: compiling the
// schemas at every start cost ~80 ms (import + compile), the generated module a few ms.
// Regenerate after editing a schema with `npx vitest run -u test/pipeline/schema.test.ts`.
const generatedFile = '../../src/pipeline/generated/validators.js';

function readSchema(name: string): Record<string, unknown> {
  const url = new URL(`../../schema/${name}.schema.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

async function generateValidators(): Promise<string> {
  const ajv = new Ajv({
    allErrors: true,
    allowUnionTypes: true,
    verbose: true,
    code: { source: true, esm: true, lines: true },
  });
  ajv.addSchema(readSchema('pipeline'), 'pipeline');
  ajv.addSchema(readSchema('component'), 'component');
  // A CommonJS module: its `default` is the function under both Node and TypeScript.
  const code = standalone.default(ajv, {
    validatePipeline: 'pipeline',
    validateComponent: 'component',
  });
  // Runtime helpers would be emitted as `require(...)`, which an ES module cannot call.
  expect(code).not.toContain('require(');
  const header =
    '/* eslint-disable */\n// Generated from schema/*.schema.json by test/pipeline/schema.test.ts. Do not edit.\n';
  const options = await resolveConfig(new URL(generatedFile, import.meta.url));
  return format(header + code, { ...options, parser: 'babel' });
}

describe('schemas', () => {
  it('share one definition of the component keys', () => {
    const pipeline = readSchema('pipeline').definitions as Record<string, unknown>;
    const component = readSchema('component').definitions as Record<string, unknown>;
    for (const [name, definition] of Object.entries(component)) {
      expect(pipeline[name], name).toEqual(definition);
    }
  });

  it('match the generated validators', async () => {
    await expect(await generateValidators()).toMatchFileSnapshot(generatedFile);
  });
});

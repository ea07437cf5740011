import { describe, expect, it } from 'vitest';
import type { InputSpec } from '../../src/pipeline/types.js';
import { checkValue, parseParameterValue, typesCompatible } from '../../src/pipeline/values.js';

describe('checkValue', () => {
  it.each([
    [{ type: 'string' }, 'x', undefined],
    [{ type: 'string' }, 1.1, 'value-type'],
    [{ type: 'number' }, 1, undefined],
    [{ type: 'number' }, '1', 'value-type'],
    [{ type: 'integer' }, 2, undefined],
    [{ type: 'integer' }, 2.5, 'value-type'],
    [{ type: 'boolean' }, false, undefined],
    [{ type: 'boolean' }, 'false', 'value-type'],
    [{ type: 'path' }, 'data/x.csv', undefined],
    [{ type: 'path' }, '', 'value-type'],
    [{ type: 'string', enum: ['a', 'b'] }, 'c', 'value-enum'],
    [{ type: 'integer', enum: [1, 2] }, 2, undefined],
    [{ type: 'number', min: 0, max: 1 }, 0, undefined],
    [{ type: 'number', min: 0, max: 1 }, 1, undefined],
    [{ type: 'number', min: 0, max: 1 }, -0.1, 'value-min'],
    [{ type: 'number', min: 0, max: 1 }, 1.1, 'value-max'],
  ] as [InputSpec, string | number | boolean, string | undefined][])(
    '%j with %j: %s',
    (spec, value, code) => {
      expect(checkValue(spec, value)?.code).toBe(code);
    },
  );
});

describe('parseParameterValue', () => {
  it('types the text of --set by the parameter type', () => {
    expect(parseParameterValue({ type: 'number' }, '0.1')).toEqual({ value: 0.1 });
    expect(parseParameterValue({ type: 'integer' }, '3')).toEqual({ value: 3 });
    expect(parseParameterValue({ type: 'boolean' }, 'TRUE')).toEqual({ value: true });
    expect(parseParameterValue({ type: 'string' }, '007')).toEqual({ value: '007' });
  });

  it('reports text that is not of the type, and constraint violations', () => {
    expect(parseParameterValue({ type: 'number' }, 'fast')).toEqual({
      code: 'value-type',
      message: 'expected a number, got "fast"',
    });
    expect(parseParameterValue({ type: 'number' }, '')).toMatchObject({ code: 'value-type' });
    expect(parseParameterValue({ type: 'integer' }, '2.5')).toMatchObject({ code: 'value-type' });
    expect(parseParameterValue({ type: 'boolean' }, 'yes')).toMatchObject({ code: 'value-type' });
    expect(parseParameterValue({ type: 'integer', min: 1 }, '0')).toEqual({
      code: 'value-min',
      message: '0 is less than the minimum 1',
    });
  });
});

describe('typesCompatible', () => {
  it('lets an integer parameter feed a number input, nothing else across types', () => {
    expect(typesCompatible('integer', 'number')).toBe(true);
    expect(typesCompatible('number', 'integer')).toBe(false);
    expect(typesCompatible('string', 'path')).toBe(false);
    expect(typesCompatible('path', 'path')).toBe(true);
  });
});

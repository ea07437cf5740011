// Types of the ajv standalone validators generated next to this file (validators.js).

/** An ajv error, generated with `verbose: true` so `parentSchema` and `data` are present. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** Set on the errors of a `propertyNames` subschema: the offending key. */
  propertyName?: string;
  parentSchema?: Record<string, unknown>;
  data?: unknown;
}

export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export declare const validatePipeline: SchemaValidator;
export declare const validateComponent: SchemaValidator;

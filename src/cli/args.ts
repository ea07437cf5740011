import { parseArgs, type ParseArgsConfig } from 'node:util';
import { stepsNamed } from '../pipeline/graph.js';
import type { Pipeline } from '../pipeline/types.js';

/** Bad usage: exit 2 with the message and the command's help. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** How many arguments: exactly n, or [at least, at most]. */
  positionals?: number | [number, number];
  /** False for a command that reads no pipeline file (`init`): no --pipeline option. */
  pipelineOption?: false;
  /** `argv`: the whole command line after `pipekit`, the command's name first. */
  run(values: Record<string, unknown>, positionals: string[], argv: string[]): Promise<number>;
}

const common = {
  pipeline: { type: 'string', short: 'p', default: 'pipeline.yml' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const parameterOptions = {
  set: { type: 'string', multiple: true },
  branch: { type: 'string' },
} as const;

export function parseCommand(
  command: Command,
  argv: string[],
): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const [least, most] = Array.isArray(command.positionals)
      ? command.positionals
      : [command.positionals ?? 0, command.positionals ?? 0];
    const shared = command.pipelineOption === false ? { help: common.help } : common;
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...shared, ...command.options },
      allowPositionals: most > 0,
      strict: true,
    });
    if (!values.help && (positionals.length < least || positionals.length > most)) {
      const expected = least === most ? `${least}` : `${least} to ${most}`;
      throw new UsageError(`expected ${expected} argument(s), got ${positionals.length}`);
    }
    return { values, positionals };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}

export function helpText(command: Command): string {
  return `${command.summary}\n\nUsage: ${command.usage}`;
}

/** The steps `--force` names: a matrix step's name forces each of its instances. */
export function forcedSteps(pipeline: Pipeline, values: unknown): Set<string> {
  const force = new Set<string>();
  for (const name of (values as string[] | undefined) ?? []) {
    const ids = stepsNamed(pipeline, name);
    if (ids.length === 0) throw new UsageError(`--force ${name}: no such step`);
    for (const id of ids) force.add(id);
  }
  return force;
}

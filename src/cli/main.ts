import { UserError } from '../errors.js';
import { faultMessage } from '../workspace/fs-fault.js';
import { helpText, parseCommand, UsageError, type Command } from './args.js';
import { addStep } from './commands/add-step.js';
import { cache } from './commands/cache.js';
import { compile } from './commands/compile.js';
import { init } from './commands/init.js';
import { graph, validate } from './commands/inspect.js';
import { explain, plan } from './commands/plan.js';
import { run } from './commands/run.js';

const commands: Command[] = [run, plan, explain, validate, graph, compile, cache, init, addStep];

const usage = `pipekit: ML pipelines whose unchanged steps are reused, locally and on GitHub Actions

Usage: pipekit <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join('\n')}

Run \`pipekit <command> --help\` for a command's options.`;

/** Returns the exit code: 0 clean, 1 diagnostics or a failed step, 2 bad usage. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`pipekit: unknown command \`${name}\`\n\n${usage}\n`);
    return 2;
  }
  try {
    const { values, positionals } = parseCommand(command, rest);
    if (values.help) {
      process.stdout.write(`${helpText(command)}\n`);
      return 0;
    }
    return await command.run(values, positionals, argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`pipekit ${name}: ${error.message}\n\n${helpText(command)}\n`);
      return 2;
    }
    if (error instanceof UserError) {
      process.stderr.write(`pipekit ${name}: ${error.message}\n`);
      return 1;
    }
    // The disk or `.pipekit` refused something outside any step: said, not a stack trace.
    const fault = faultMessage(error, process.cwd());
    if (fault !== undefined) {
      process.stderr.write(`pipekit ${name}: ${fault}\n`);
      return 1;
    }
    throw error;
  }
}

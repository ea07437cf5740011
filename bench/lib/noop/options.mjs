// bench/noop.mjs's command line, read and checked once; exits 2 on a bad value.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { repoRoot } from '../../../scripts/transpile.mjs';

/** The options of bench/noop.mjs; `--help` prints the header comment of `entryUrl` and exits. */
export function readOptions(entryUrl) {
  const { values: opts, positionals } = parseArgs({
    options: {
      runs: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'turbo-max': { type: 'string' },
      'turbo-npm': { type: 'string' },
      cli: { type: 'string', default: join(repoRoot, 'dist', 'cli.js') },
      only: { type: 'string' },
      seed: { type: 'string', default: '20240611' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: false, // bench/run.mjs forwards the same argv to every bench script
  });
  if (opts.help) {
    printHeaderComment(entryUrl);
    process.exit(0);
  }
  const runs = int('runs', opts.runs, 1);
  const warmup = int('warmup', opts.warmup, 0);
  const turboMax =
    opts['turbo-max'] === undefined ? Infinity : int('turbo-max', opts['turbo-max'], 0);
  const seed = int('seed', opts.seed, 0);
  const sizes = positionals.length ? positionals.map((p) => int('N', p, 1)) : [10, 100, 1000];
  oneOf('turbo-npm', opts['turbo-npm'], ['real', 'shim']);
  oneOf('only', opts.only, ['pipekit', 'turbo']);
  return {
    runs,
    warmup,
    turboMax,
    seed,
    sizes,
    turboNpm: opts['turbo-npm'],
    only: opts.only,
    cli: resolve(String(opts.cli)),
    json: opts.json,
    keep: opts.keep,
  };
}

function int(name, value, min) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`noop: --${name} ${value}: expected a whole number >= ${min}\n`);
    process.exit(2);
  }
  return n;
}

function oneOf(name, value, allowed) {
  if (value !== undefined && !allowed.includes(value)) {
    process.stderr.write(`noop: --${name} ${value}: expected ${allowed.join(' or ')}\n`);
    process.exit(2);
  }
}

/** The `//` comment lines before the first import: the script's usage. */
function printHeaderComment(fileUrl) {
  const usage = readFileSync(fileURLToPath(fileUrl), 'utf8').split('\nimport ')[0];
  process.stdout.write(
    usage
      .split('\n')
      .filter((l) => l.startsWith('//'))
      .map((l) => l.replace(/^\/\/ ?/, ''))
      .join('\n') + '\n',
  );
}

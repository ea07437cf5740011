#!/usr/bin/env node
// `npm run bench`: runs each benchmark script of bench/ that exists, in order, as a child process
// with inherited stdio and the same arguments. A missing script is skipped with a note; exits 1
// when any script fails (after running the others).
//
//   npm run bench                          every script, default arguments
//   npm run bench -- --runs 3              every script gets `--runs 3` (each must accept it)
//   npm run bench -- noop 10 100 --json    only bench/noop.mjs, with `10 100 --json`
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let scripts = [
  'peers.mjs',
  'noop.mjs',
  'hash.mjs',
  'validate.mjs',
  'plan.mjs',
  'plan-latency.mjs',
  'first-run.mjs',
];
let args = process.argv.slice(2);
const picked = scripts.find((s) => args[0] === s || args[0] === s.replace(/\.mjs$/, ''));
if (picked) {
  scripts = [picked];
  args = args.slice(1);
}
const failed = [];

for (const name of scripts) {
  const file = join(here, name);
  if (!existsSync(file)) {
    process.stderr.write(`bench: ${name}: not present, skipped\n`);
    continue;
  }
  process.stderr.write(`bench: ${name} ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit' });
  if (r.status !== 0) {
    const why = r.error ? r.error.message : r.signal ? `signal ${r.signal}` : `exit ${r.status}`;
    process.stderr.write(`bench: ${name} failed (${why})\n`);
    failed.push(name);
  }
}

if (failed.length > 0) {
  process.stderr.write(`bench: failed: ${failed.join(', ')}\n`);
  process.exitCode = 1;
}

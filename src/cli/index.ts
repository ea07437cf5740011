#!/usr/bin/env node
// The lean entry (dist/cli.js): a rerun whose answer is sealed is printed from the seal
// (src/cli/replay.ts) without loading the engine; everything else loads the engine
// (dist/engine.js, built from src/cli/main.ts) and runs there.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { replayNoop } from './replay.js';
import type * as Engine from './main.js';

const argv = process.argv.slice(2);
const replayed = replayNoop(argv);
if (replayed !== undefined) {
  process.exitCode = replayed;
} else {
  const engine = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'engine.js'));
  const { main } = (await import(/* webpackIgnore: true */ engine.href)) as typeof Engine;
  process.exitCode = await main(argv);
}

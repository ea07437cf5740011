#!/usr/bin/env node
// The lean entry (dist/cli.js): a rerun whose answer is sealed is printed from the seal
// (src/cli/replay.ts) without loading the engine; everything else loads the engine
// (dist/engine.js, built from src/cli/main.ts) and runs there.
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { replayNoop } from './replay.js';
import type * as Engine from './main.js';

const argv = process.argv.slice(2);
const replayed = replayNoop(argv);
if (replayed !== undefined) {
  process.exitCode = replayed;
} else {
  // Node 22.1 and later keep the engine's compiled code between runs (Node 20 has no cache).
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  const engine = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'engine.js'));
  const { main } = (await import(/* webpackIgnore: true */ engine.href)) as typeof Engine;
  process.exitCode = await main(argv);
}

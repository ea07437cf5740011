#!/usr/bin/env node
// Plan latency against the Actions cache: how long N step lookups take when every call to the
// service costs L ms, by lookup concurrency. Planning is the only thing that runs before any
// job starts, so its latency is on the critical path of every workflow run.
//
//   node bench/plan-latency.mjs [--steps 40] [--hits 0.5] [--latency 0,50,150]
//                               [--concurrency 1,4,8,16] [--runs 3] [--json]
//
// The real @actions/cache client talks to test/support/cache-server.ts (in-process, v2
// protocol) with the latency added per call. A hit costs two calls (twirp lookup and the
// manifest download) plus a `tar` run; a miss one call. Every lookup also spawns
// `zstd --version` (the client picks the compression per call). Node 20 cannot run
// TypeScript, so the store and the server are transpiled with the project's `typescript`
// into a temp folder with node_modules linked in (scripts/transpile.mjs).
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { transpile } from '../scripts/transpile.mjs';

const { values: opts } = parseArgs({
  options: {
    steps: { type: 'string', default: '40' },
    hits: { type: 'string', default: '0.5' },
    latency: { type: 'string', default: '0,50,150' },
    concurrency: { type: 'string', default: '1,4,8,16' },
    runs: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
  },
});
const list = (text) => text.split(',').map(Number);
const repo = fileURLToPath(new URL('..', import.meta.url));
const work = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-plan-latency-')));

function setUpRunnerEnv(url, token) {
  const workspace = join(work, 'workspace');
  mkdirSync(workspace);
  mkdirSync(join(work, 'runner-temp'));
  delete process.env.GITHUB_SERVER_URL; // a 127.0.0.1 server URL would force the v1 protocol
  Object.assign(process.env, {
    ACTIONS_CACHE_SERVICE_V2: '1',
    ACTIONS_RESULTS_URL: url,
    ACTIONS_RUNTIME_TOKEN: token,
    RUNNER_TEMP: join(work, 'runner-temp'),
    GITHUB_WORKSPACE: workspace,
  });
  process.chdir(workspace);
}

const keyOf = (i) => createHash('sha256').update(`step ${i}`).digest('hex');
const manifestOf = (i) => ({
  schema: 1,
  key: keyOf(i),
  step: `step-${i}`,
  outputs: {},
  durationMs: 1,
  tool: 'bench',
  createdAt: new Date(0).toISOString(),
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const [{ ActionsStore }, { startCacheServer }] = await transpile(
    ['src/cache/actions.ts', 'test/support/cache-server.ts'],
    join(work, 'build'),
  );
  const server = await startCacheServer();
  setUpRunnerEnv(server.url, server.token());
  const steps = Number(opts.steps);
  const hits = Math.round(steps * Number(opts.hits));
  const quiet = { warn: (m) => console.error(`warning: ${m}`), clientLog: () => {} };
  const seeder = new ActionsStore(quiet);
  for (let i = 0; i < hits; i++) await seeder.save(manifestOf(i), {});

  const rows = [];
  for (const latency of list(opts.latency)) {
    server.setLatency(latency);
    for (const concurrency of list(opts.concurrency)) {
      const times = [];
      for (let run = 0; run < Number(opts.runs); run++) {
        const store = new ActionsStore({ ...quiet, concurrency });
        const started = performance.now();
        const found = await Promise.all(
          Array.from({ length: steps }, (_, i) => store.lookup(keyOf(i))),
        );
        times.push(performance.now() - started);
        const got = found.filter(Boolean).length;
        if (got !== hits) throw new Error(`expected ${hits} hits, got ${got}`);
      }
      const ms = median(times);
      rows.push({ latency, concurrency, steps, hits, ms: Math.round(ms) });
    }
  }
  await server.close();
  if (opts.json) return console.log(JSON.stringify(rows, null, 2));
  console.log(`${steps} lookups (${hits} hits), median of ${opts.runs} runs`);
  console.log('latency/call  concurrency  plan ms  ms/step');
  for (const r of rows) {
    const cells = [`${r.latency} ms`, r.concurrency, r.ms, (r.ms / steps).toFixed(1)];
    console.log(cells.map((c, i) => String(c).padStart([12, 12, 8, 8][i])).join(' '));
  }
}

try {
  await main();
} finally {
  process.chdir(repo);
  rmSync(work, { recursive: true, force: true });
}

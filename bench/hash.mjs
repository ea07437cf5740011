#!/usr/bin/env node
// File hashing benchmark: `node bench/hash.mjs [--module FILE] [--mib 1024] [--files 20000] [--runs 3]`
//
// --module: a built JS module exporting DigestMemo, hashFile and digestTree (e.g. a bundle
// or the PIPEKIT_HASH_MODULE env var). Without it, src/hash/files.ts and its relative
// imports are transpiled with the TypeScript compiler into a temp folder (scripts/transpile.mjs),
// because Node 20 cannot run .ts (no --experimental-strip-types before Node 22.6).
//
// Figures are medians of --runs on a warm page cache; compare ratios within one run.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, mkdirSync, mkdtempSync, openSync } from 'node:fs';
import { readSync, rmSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { transpile } from '../scripts/transpile.mjs';

const { values: opts } = parseArgs({
  options: {
    module: { type: 'string', default: process.env.PIPEKIT_HASH_MODULE },
    mib: { type: 'string', default: '1024' },
    files: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Number(opts.runs);
const work = mkdtempSync(join(tmpdir(), 'pipekit-bench-'));

async function loadModule() {
  if (opts.module) return import(pathToFileURL(resolve(opts.module)).href);
  const [files, digest] = await transpile(
    ['src/hash/files.ts', 'src/hash/digest.ts'],
    join(work, 'build'),
  );
  return { ...digest, ...files };
}

// The memo trusts a file only once its ctime is 2 s old; `past` can only age the mtime, so the
// memo is asked as a run a minute later would ask it.
const settled = () => Date.now() + 60_000;
const past = (path) => utimesSync(path, Date.now() / 1000 - 60, Date.now() / 1000 - 60);

function makeBigFile(mib) {
  const path = join(work, 'big.bin');
  const block = randomBytes(1 << 20);
  const fd = openSync(path, 'w');
  for (let i = 0; i < mib; i++) writeSync(fd, block);
  closeSync(fd);
  past(path); // out of the memo's racy window, as a file not written this second would be
  return path;
}

function makeTree(count) {
  const root = join(work, 'tree');
  for (let i = 0; i < count; i++) {
    const path = join(root, `d${i % 100}`, `f${i}.txt`);
    if (i < 100) mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, randomBytes(1024));
    past(path);
  }
  return root;
}

function median(fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function medianAsync(fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** A readSync loop with one reused buffer; `algo` undefined reads only. */
function readLoop(path, size, algo) {
  const buf = Buffer.allocUnsafeSlow(size);
  const hash = algo && createHash(algo);
  const fd = openSync(path, 'r');
  for (let n; (n = readSync(fd, buf, 0, size, null)) > 0;)
    hash?.update(n === size ? buf : buf.subarray(0, n));
  closeSync(fd);
  return hash?.digest('hex');
}

function streamHash(path) {
  return new Promise((ok, fail) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (c) => hash.update(c))
      .on('end', () => ok(hash.digest('hex')))
      .on('error', fail);
  });
}

function printTable(title, header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  console.log(`\n${title}`);
  for (const [i, r] of all.entries()) {
    console.log(
      r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

async function main() {
  const { DigestMemo, hashFile, digestTree, freshDigester } = await loadModule();
  const mib = Number(opts.mib);
  const big = makeBigFile(mib);
  const bytes = mib * 2 ** 20;
  const gbs = (ms) => (bytes / 1e6 / ms).toFixed(2);
  readLoop(big, 1 << 16); // warm the page cache

  const base = median(() => readLoop(big, 1 << 16, 'sha256'));
  const row = (name, ms) => [name, ms.toFixed(0), gbs(ms), (ms / base).toFixed(2)];
  const rows = [
    row(
      'read only, readSync 64 KiB',
      median(() => readLoop(big, 1 << 16)),
    ),
  ];
  for (const kib of [16, 64, 256, 1024, 4096]) {
    const ms = kib === 64 ? base : median(() => readLoop(big, kib << 10, 'sha256'));
    rows.push(row(`sha256, readSync ${kib} KiB`, ms));
  }
  rows.push(row('sha256, createReadStream', await medianAsync(() => streamHash(big))));
  for (const algo of ['sha1', 'md5', 'sha512', 'blake2b512']) {
    rows.push(
      row(
        `${algo}, readSync 64 KiB`,
        median(() => readLoop(big, 1 << 16, algo)),
      ),
    );
  }
  rows.push(
    row(
      'pipekit hashFile',
      median(() => hashFile(big)),
    ),
  );
  const memoFile = join(work, 'memo.json');
  rows.push(
    row(
      'pipekit memo, first digest',
      median(() => DigestMemo.load(memoFile, settled).digestFile(big)),
    ),
  );
  const memo = DigestMemo.load(memoFile, settled);
  memo.digestFile(big);
  memo.save();
  const again = DigestMemo.load(memoFile, settled);
  const memoMs = median(() => again.digestFile(big));
  printTable(
    `${mib} MiB file, warm page cache, median of ${runs}`,
    ['method', 'ms', 'GB/s', 'x sha256'],
    rows,
  );
  console.log(
    `memoized re-digest of the ${mib} MiB file: ${memoMs.toFixed(3)} ms (${again.stats.hits} memo hits, ${again.stats.reads} reads)`,
  );

  const count = Number(opts.files);
  const tree = makeTree(count);
  const fresh = median(() => digestTree(tree, tree, freshDigester));
  const treeMemoFile = join(work, 'tree-memo.json');
  const first = median(() => digestTree(tree, tree, DigestMemo.load(treeMemoFile, settled)));
  const warm = DigestMemo.load(treeMemoFile, settled);
  digestTree(tree, tree, warm);
  warm.save();
  const loaded = DigestMemo.load(treeMemoFile, settled);
  const memoized = median(() => digestTree(tree, tree, loaded));
  const perFile = (ms) => ((ms * 1000) / count).toFixed(1);
  printTable(
    `digestTree over ${count} files of 1 KiB, median of ${runs}`,
    ['method', 'ms', 'µs/file'],
    [
      ['fresh read', fresh.toFixed(0), perFile(fresh)],
      ['memo, first (all read)', first.toFixed(0), perFile(first)],
      ['memo, unchanged (stat only)', memoized.toFixed(0), perFile(memoized)],
    ],
  );
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}

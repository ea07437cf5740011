// The pipekit side of bench/noop.mjs: the repository for a DAG, its first run, its no-op rerun.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tail, timedSync } from '../child.mjs';
import { formatMs } from '../stats.mjs';
import { commitAll, writeFiles } from '../workdir.mjs';

const FILL_TIMEOUT_MS = 60 * 60 * 1000;

/** pipeline.yml with a step per DAG step (`cat` the inputs `| md5sum`), data/, .gitignore. */
export function pipekitRepoFiles(steps) {
  const files = {};
  const names = 'abcd';
  const y = ['name: bench', 'steps:'];
  for (const s of steps) {
    const bound = s.deps.map((d) => `\${{ steps.${d}.outputs.out }}`);
    if (s.data !== undefined) {
      files[`data/${s.id}.txt`] = s.data;
      bound.push(`data/${s.id}.txt`);
    }
    const ins = bound.map((_, k) => names[k]);
    y.push(`  ${s.id}:`);
    y.push(
      `    run: 'cat ${ins.map((n) => `\${{ inputs.${n} }}`).join(' ')} | md5sum > \${{ outputs.out }}'`,
    );
    y.push('    inputs:');
    for (const n of ins) y.push(`      ${n}: { type: path }`);
    y.push('    outputs:');
    y.push('      out: { type: file }');
    y.push('    with:');
    bound.forEach((v, k) => y.push(`      ${ins[k]}: '${v}'`));
  }
  files['pipeline.yml'] = `${y.join('\n')}\n`;
  files['.gitignore'] = '.pipekit/\n';
  return files;
}

/**
 * Waits out the racy window after a run that wrote files: pipekit trusts a file's stat only
 * once it is 2 s old (git's "racy clean" rule, RACY_MS in src/hash/files.ts), so a rerun in
 * the first 2 s reads again what the first run wrote, and only a no-op run after them leaves
 * the seal that later reruns replay. A person reruns after an edit, seconds later; the bench
 * waits once, after the first run, before its warm-up rounds.
 */
export function settle() {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
}

/** `pipekit run` in `dir`; `check` says why a rerun was not a no-op. */
export function pipekitSide(dir, n, cli) {
  const env = { ...process.env };
  const cmd = [process.execPath, [cli, 'run']];
  const check = (r) => {
    if (r.status !== 0) return `exit ${r.status ?? r.signal}`;
    if (!/Nothing changed/.test(r.output)) {
      const m = /(\d+) ran/.exec(r.output);
      return m ? `not a no-op: ${m[1]} ran` : 'not verified as a no-op (no "Nothing changed" line)';
    }
    return undefined;
  };
  return { name: 'pipekit', dir, env, cmd, check, n };
}

/**
 * Writes the repository under `root` and runs pipekit once to fill its cache. Returns the
 * side to time (unless that run failed), the first run and a note on what went wrong.
 */
export function preparePipekit({ root, n, steps, log }, { cli }) {
  const result = { name: 'pipekit', failed: false };
  const dir = join(root, `pipekit-${n}`);
  if (!existsSync(cli)) {
    result.note = `unavailable: ${cli} does not exist (build it with \`npm run build\`)`;
  } else {
    const t0 = performance.now();
    writeFiles(dir, pipekitRepoFiles(steps));
    commitAll(dir, 'bench');
    log(`N=${n}: pipekit repo generated in ${formatMs(performance.now() - t0)}`);
    const side = pipekitSide(dir, n, cli);
    const [bin, args] = side.cmd;
    const r = timedSync(bin, args, { cwd: dir, env: side.env, timeoutMs: FILL_TIMEOUT_MS });
    result.fill = { ms: r.ms };
    if (r.status !== 0) {
      result.note = `failed: first run exited ${r.status ?? r.signal}${r.error ? ` (${r.error.message})` : ''}:\n${tail(r.output)}`;
      result.failed = true;
    } else {
      log(`N=${n}: pipekit first run ${formatMs(r.ms)}`);
      settle();
      result.side = side;
    }
  }
  if (result.note) log(`N=${n}: pipekit ${result.note}`);
  return result;
}

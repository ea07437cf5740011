// The Snakemake side of bench/peers.mjs: a Snakefile with a rule per DAG step (`cat` the inputs
// `| md5sum`), its first run and its rerun after one data file changed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { commitAll, writeFiles } from '../workdir.mjs';

/** `snakemake --version`, or undefined when it is not installed. */
export function snakemakeVersion() {
  const r = spawnSync('snakemake', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The Snakefile and data of `steps` (bench/lib/dag.mjs), outputs under out/. */
export function snakemakeRepoFiles(steps) {
  const files = {};
  const rules = ['rule all:', `    input: [${steps.map((s) => `"out/${s.id}"`).join(', ')}]`, ''];
  for (const s of steps) {
    const inputs = s.deps.map((d) => `"out/${d}"`);
    if (s.data !== undefined) {
      files[`data/${s.id}.txt`] = s.data;
      inputs.push(`"data/${s.id}.txt"`);
    }
    rules.push(
      `rule ${s.id}:`,
      `    input: ${inputs.join(', ')}`,
      `    output: "out/${s.id}"`,
      '    shell: "cat {input} | md5sum > {output}"',
      '',
    );
  }
  files.Snakefile = rules.join('\n');
  files['.gitignore'] = 'out/\n.snakemake/\n';
  return files;
}

/** A side for bench/lib/noop/measure.mjs: `snakemake` in `dir`; `expect` steps must run. */
export function snakemakeSide(dir, n, { cores, expect }) {
  const cmd = ['snakemake', ['--cores', String(cores), '--quiet', 'rules']];
  const check = (r) => {
    if (r.status !== 0) return `exit ${r.status ?? r.signal}`;
    if (expect === undefined) return undefined;
    // Its job stats count the target rule `all`, which has no output and always runs.
    const m = /^total\s+(\d+)\b/m.exec(r.output);
    const ran = m ? Number(m[1]) - 1 : /Nothing to be done/.test(r.output) ? 0 : undefined;
    return ran === expect ? undefined : `expected ${expect} steps to run, saw ${ran ?? '?'}`;
  };
  return { name: 'snakemake', dir, env: process.env, cmd, check, n };
}

/** Writes the workflow under `root` (a git repo, like the others). */
export function writeSnakemakeRepo(root, n, steps) {
  const dir = join(root, `snakemake-${n}`);
  writeFiles(dir, snakemakeRepoFiles(steps));
  commitAll(dir, 'bench');
  return dir;
}

// Times loadPipeline on a generated 1000-step pipeline (chains, fan-in, inline steps and
// ten shared components). Run: `node bench/validate.mjs [steps]`.
//
// Node 20 cannot run TypeScript, so the pure sources are transpiled by scripts/transpile.mjs
// into node_modules/.cache.
// PIPEKIT_MODULE=path/to/module.js benchmarks a build that exports loadPipeline and
// createRepoView instead.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, transpile } from '../scripts/transpile.mjs';

const stepCount = Number(process.argv[2] ?? 1000);
const components = 10;

async function transpileSources() {
  const out = join(repoRoot, 'node_modules', '.cache', 'pipekit-bench');
  rmSync(out, { recursive: true, force: true });
  const [load, view] = await transpile(['src/pipeline/load.ts', 'src/workspace/repo-view.ts'], out);
  return { loadPipeline: load.loadPipeline, createRepoView: view.createRepoView };
}

function component(i) {
  return [
    `name: c${i}`,
    'inputs:',
    '  data: { type: path, optional: true }',
    '  lr: { type: number, default: 0.1, min: 0, max: 1 }',
    '  mode: { type: string, enum: [fast, full], default: fast }',
    'outputs:',
    '  out: { type: dir }',
    '  metrics: { type: metrics }',
    `code: ["*.py"]`,
    'run: python3 step.py ${{ inputs.data }} ${{ inputs.lr }} ${{ outputs.out }} ${{ outputs.metrics }}',
    '',
  ].join('\n');
}

/** Step i reads step i-1's output (a chain); every 25th also needs earlier steps (fan-in). */
function step(i) {
  const lines = [`  s${i}:`];
  const data = i === 0 ? 'data/raw.csv' : `\${{ steps.s${i - 1}.outputs.out }}`;
  if (i % 4 === 3) {
    lines.push(
      '    run: python3 inline.py ${{ inputs.data }} ${{ outputs.out }}',
      '    inputs:',
      '      data: { type: path }',
      '    outputs:',
      '      out: { type: dir }',
      '    code: [inline.py]',
    );
  } else {
    lines.push(`    uses: ./steps/c${i % components}`, `    runner: ${i % 2 ? 'gpu' : 'cpu'}`);
  }
  if (i % 25 === 24) lines.push(`    needs: [s${i - 2}, s${i - 7}, s${i - 13}, s${i - 24}]`);
  lines.push('    with:', `      data: ${data}`);
  if (i % 4 !== 3) lines.push(`      lr: ${((i % 9) + 1) / 10}`, '      mode: ${{ inputs.mode }}');
  return lines.join('\n');
}

function writePipeline(dir) {
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'raw.csv'), 'a,b\n');
  // Every `code` pattern must match a file.
  writeFileSync(join(dir, 'inline.py'), 'print("inline")\n');
  for (let i = 0; i < components; i++) {
    mkdirSync(join(dir, 'steps', `c${i}`), { recursive: true });
    writeFileSync(join(dir, 'steps', `c${i}`, 'component.yml'), component(i));
    writeFileSync(join(dir, 'steps', `c${i}`, 'step.py'), `print(${i})\n`);
  }
  const header = [
    'name: bench',
    'inputs:',
    '  mode: { type: string, default: full }',
    'runners:',
    '  cpu: ubuntu-latest',
    '  gpu: [self-hosted, gpu]',
    'steps:',
  ];
  const steps = Array.from({ length: stepCount }, (_, i) => step(i));
  const text = [...header, ...steps, ''].join('\n');
  writeFileSync(join(dir, 'pipeline.yml'), text);
  return text;
}

/** Wall and CPU milliseconds of one call; CPU time is steadier on a busy machine. */
function time(fn) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = fn();
  const cpu = process.cpuUsage(cpuStart);
  return { result, ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

async function bench(core, text, dir) {
  const load = () => {
    const { result, ms, cpuMs } = time(() =>
      core.loadPipeline({ file: 'pipeline.yml', text, repo: core.createRepoView(dir) }),
    );
    if (result.diagnostics.length > 0 || result.graph?.order.length !== stepCount) {
      throw new Error(`unexpected result: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
    }
    return { ms, cpuMs };
  };
  // The yaml library's own parse, for scale: most of the time is spent there.
  const { parseDocument, LineCounter } = await import('yaml');
  const yaml = () =>
    time(() => parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false }));
  const yamlCold = yaml();
  const first = load();
  const runs = Array.from({ length: 10 }, load);
  const yamlRuns = Array.from({ length: 10 }, yaml);
  const f = (n) => n.toFixed(1);
  const line = (label, one, many) =>
    `  ${label.padEnd(24)} first ${f(one.ms)} (${f(one.cpuMs)}), median of ${many.length} ` +
    `${f(median(many.map((r) => r.ms)))} (${f(median(many.map((r) => r.cpuMs)))})`;
  console.log(`${stepCount} steps, ${(text.length / 1024).toFixed(0)} KiB of YAML; ms wall (cpu):`);
  console.log(line('loadPipeline', first, runs));
  console.log(line('of which yaml parse', yamlCold, yamlRuns));
}

const importStart = performance.now();
const core = process.env.PIPEKIT_MODULE
  ? await import(pathToFileURL(process.env.PIPEKIT_MODULE).href)
  : await transpileSources();
const how = process.env.PIPEKIT_MODULE ? 'import' : 'transpile + import';
console.log(`${how}: ${(performance.now() - importStart).toFixed(0)} ms`);

const dir = mkdtempSync(join(tmpdir(), 'pipekit-bench-'));
try {
  await bench(core, writePipeline(dir), dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

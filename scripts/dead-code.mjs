// `npm run dead-code`: exports in src/ that no other src/ file imports, src/ files the entry
// points do not reach, and import cycles among src/ files (type imports included: a cycle of
// types is still two modules that cannot be understood one without the other). The program is src/ alone (tsconfig.dead-code.json), so use from test/
// does not count: what only tests use is dead. Exits 1 on any finding.
//
// tsr reports the unused exports, and the files none of whose exports are used; it misses dead
// files that only import each other, so the files are also checked by walking the imports from
// the entry points with the TypeScript compiler.
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = 'tsconfig.dead-code.json';
const entries = ['src/cli/index.ts', 'src/cli/main.ts', 'src/action/index.ts'];

// The CLI, not the API: tsr 1.3.4's package entry fails to load (it re-exports a type as a value).
const pattern = (entry) => `/${entry.replaceAll('.', '\\.')}$`;
const run = spawnSync(
  'npx',
  ['--no', '--', 'tsr', '--project', configFile, ...entries.map(pattern)],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
if (run.error) throw run.error;
if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 2);
let failed = run.status === 1;
const tsrOutput = run.stdout;

const fail = (diagnostic) => {
  throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
};
const parsed = ts.getParsedCommandLineOfConfigFile(resolve(root, configFile), undefined, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: fail,
});
if (parsed.errors.length > 0) fail(parsed.errors[0]);
const program = ts.createProgram({
  rootNames: entries.map((entry) => resolve(root, entry)),
  options: parsed.options,
});
const reached = new Set(program.getSourceFiles().map((file) => resolve(file.fileName)));
const reported = new Set(
  [...stripVTControlCharacters(tsrOutput).matchAll(/^file\s+(\S+)$/gm)].map((m) => m[1]),
);
const unreached = parsed.fileNames
  .filter((file) => !reached.has(resolve(file)))
  .map((file) => relative(root, file).replaceAll('\\', '/'))
  .filter((file) => !reported.has(file));
if (unreached.length > 0) {
  console.log(`\nFiles not reached from ${entries.join(' or ')}:`);
  for (const file of unreached) console.log(`file   ${file}`);
  failed = true;
}
const cycles = importCycles(program);
if (cycles.length > 0) {
  console.log('\nImport cycles:');
  for (const cycle of cycles) console.log(`cycle  ${cycle.join(' -> ')}`);
  failed = true;
}
if (failed) process.exitCode = 1;

/** Every strongly connected set of src/ files (Tarjan), each as a path round the cycle. */
function importCycles(program) {
  const inSrc = (file) => relative(root, file).startsWith('src/');
  const edges = new Map();
  for (const source of program.getSourceFiles()) {
    const from = resolve(source.fileName);
    if (!inSrc(from)) continue;
    const to = new Set();
    for (const { fileName } of ts.preProcessFile(source.text, true, true).importedFiles) {
      const resolved = ts.resolveModuleName(fileName, from, parsed.options, ts.sys).resolvedModule;
      if (resolved && inSrc(resolve(resolved.resolvedFileName))) {
        to.add(resolve(resolved.resolvedFileName));
      }
    }
    edges.set(from, to);
  }
  const index = new Map();
  const low = new Map();
  const stack = [];
  const found = [];
  const visit = (v) => {
    index.set(v, index.size);
    low.set(v, index.get(v));
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = [];
    let w;
    do component.push((w = stack.pop()));
    while (w !== v);
    if (component.length > 1 || edges.get(v)?.has(v)) {
      found.push(component.reverse().map((file) => relative(root, file)));
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

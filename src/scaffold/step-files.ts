import { NEW_STEP_OUTPUT, type BoundInput, type StepLanguage } from './new-step.js';

interface StepFile {
  /** Relative to the step's folder. */
  name: string;
  text: string;
  executable: boolean;
}

interface StepFilesOptions {
  id: string;
  language: StepLanguage;
  inputs: BoundInput[];
  /** The `$schema=` of the pipeline file's yaml-language-server comment, if it has one. */
  pipelineSchema?: string;
}

/** `component.yml` and the code stub of a new step: it runs as is and writes its output. */
export function newStepFiles(opts: StepFilesOptions): StepFile[] {
  const script = opts.language === 'python' ? `${opts.id.replace(/-/g, '_')}.py` : `${opts.id}.sh`;
  const args = [
    ...opts.inputs.map((i) => `--${i.name} \${{ inputs.${i.name} }}`),
    `--${NEW_STEP_OUTPUT} \${{ outputs.${NEW_STEP_OUTPUT} }}`,
  ];
  const command = opts.language === 'python' ? 'python3' : 'bash';
  const lines = [
    ...schemaComment(opts.pipelineSchema),
    `name: ${opts.id}`,
    `description: Added by pipekit add-step; say here what it does`,
    ...(opts.inputs.length > 0
      ? [
          'inputs:',
          ...opts.inputs.map(
            (i) => `  ${i.name}: { type: path, description: ${i.output} of ${i.step} }`,
          ),
        ]
      : []),
    'outputs:',
    `  ${NEW_STEP_OUTPUT}: { type: dir, description: a folder the step fills }`,
    `code: ['${opts.language === 'python' ? '*.py' : '*.sh'}']`,
    ...(opts.language === 'python'
      ? ['env:', "  PYTHONHASHSEED: '0'", "  PYTHONDONTWRITEBYTECODE: '1'"]
      : []),
    // Folded: one argument a line, read as one command line.
    'run: >-',
    `  ${command} ${script}`,
    ...args.map((arg) => `  ${arg}`),
    '',
  ];
  const stub = opts.language === 'python' ? pythonStub(opts) : bashStub(opts);
  return [
    { name: 'component.yml', text: lines.join('\n'), executable: false },
    { name: script, text: stub, executable: opts.language === 'bash' },
  ];
}

/** The component's schema beside the pipeline's: same package, two folders further down. */
function schemaComment(pipelineSchema: string | undefined): string[] {
  if (pipelineSchema === undefined || !pipelineSchema.endsWith('pipeline.schema.json')) return [];
  const component = pipelineSchema.replace(/pipeline\.schema\.json$/, 'component.schema.json');
  const relative = /^[a-z][a-z0-9+.-]*:/i.test(component) || component.startsWith('/');
  const path = relative ? component : `../../${component.replace(/^\.\//, '')}`;
  return [`# yaml-language-server: $schema=${path}`];
}

/** Python's keywords: `args.class` would not parse, `vars(args)["class"]` does. */
const PYTHON_KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);

function pythonArg(name: string): string {
  return PYTHON_KEYWORDS.has(name) ? `vars(args)["${name}"]` : `args.${name}`;
}

function pythonStub(opts: StepFilesOptions): string {
  const inputArgs = opts.inputs.map(
    (i) =>
      `    parser.add_argument("--${i.name}", required=True, help="${i.output} of ${i.step}: a file or folder")`,
  );
  const summary =
    opts.inputs.length === 0
      ? '{}'
      : `{\n${opts.inputs.map((i) => `        "${i.name}": list_files(${pythonArg(i.name)}),`).join('\n')}\n    }`;
  return `"""${opts.id}: replace this with what the step does.

pipekit runs it from component.yml's \`run\` with every input as a path and its output as an
existing empty folder. Write only into that folder, and write the same bytes for the same
inputs (sorted keys, no timestamps): a byte-identical output keeps later steps cached.
"""
import argparse
import json
import os


def list_files(path):
    """Every file under path (or path itself) with its size in bytes, sorted."""
    if os.path.isfile(path):
        return {os.path.basename(path): os.path.getsize(path)}
    files = {}
    for folder, _, names in os.walk(path):
        for name in names:
            full = os.path.join(folder, name)
            files[os.path.relpath(full, path).replace(os.sep, "/")] = os.path.getsize(full)
    return files


def main():
    parser = argparse.ArgumentParser(description="${opts.id}")
${[...inputArgs, `    parser.add_argument("--${NEW_STEP_OUTPUT}", required=True, help="the output folder")`].join('\n')}
    args = parser.parse_args()

    summary = ${summary}
    with open(os.path.join(args.${NEW_STEP_OUTPUT}, "summary.json"), "w") as out:
        json.dump(summary, out, indent=2, sort_keys=True)
        out.write("\\n")


if __name__ == "__main__":
    main()
`;
}

function bashStub(opts: StepFilesOptions): string {
  const names = [...opts.inputs.map((i) => i.name), NEW_STEP_OUTPUT];
  const cases = names.map((name) => `    --${name}) ${name}="$2"; shift 2 ;;`);
  const listings = opts.inputs.map((i) => `  echo "${i.name}:"; list_files "$${i.name}"`);
  return `#!/usr/bin/env bash
# ${opts.id}: replace this with what the step does.
#
# pipekit runs it from component.yml's \`run\` with every input as a path and its output as an
# existing empty folder. Write only into that folder, and write the same bytes for the same
# inputs (sorted, no timestamps): a byte-identical output keeps later steps cached.
set -euo pipefail

${names.map((name) => `${name}=''`).join('\n')}
while [ $# -gt 0 ]; do
  case "$1" in
${cases.join('\n')}
    *) echo "${opts.id}: unknown argument $1" >&2; exit 2 ;;
  esac
done

# Every file under a path (or the path itself) with its size in bytes, sorted.
list_files() {
  if [ -d "$1" ]; then
    (cd "$1" && find . -type f | LC_ALL=C sort | while IFS= read -r f; do
      echo "  \${f#./} $(wc -c <"$f" | tr -d ' ')"
    done)
  else
    echo "  $(basename "$1") $(wc -c <"$1" | tr -d ' ')"
  fi
}

{
${listings.length > 0 ? listings.join('\n') : '  echo "no inputs"'}
} >"$${NEW_STEP_OUTPUT}/summary.txt"
`;
}

import { HOLE } from './shell-frames.js';
import type { HoleSite, Literal } from './shell-frames.js';
import { evaluatedHoles } from './shell-rules.js';
import type { Evaluation } from './shell-rules.js';
import { scanShell } from './shell-scan.js';
import type { Component, Reference, Template } from './types.js';

/**
 * The shell every `setup` and `run` executes with. The executor spawns exactly this and the
 * key hashes its text, so a change of shell is a change of every key.
 */
export const STEP_SHELL = { command: 'bash', args: ['-e'] } as const;
export const STEP_SHELL_TEXT = [STEP_SHELL.command, ...STEP_SHELL.args].join(' ');

/** What the executor runs for a step: the script, and the environment variables it reads. */
interface StepCommand {
  script: string;
  env: Record<string, string>;
}

/**
 * The script of a component with each `${{ }}` replaced by the expansion of an environment
 * variable that holds its value: no value is ever script text, so whatever quotes surround
 * it bash does not parse it as code (docs/architecture.md, "The step shell").
 */
export function stepCommand(
  component: Pick<Component, 'setup' | 'run' | 'inputs'>,
  value: (ref: Reference) => string,
): StepCommand {
  const templates = [component.setup, component.run].filter((t) => t !== undefined);
  const names = variableNames(
    templates.flat().flatMap((part) => ('ref' in part ? [part.ref] : [])),
  );
  const env: Record<string, string> = {};
  const scripts = templates.map((template) => {
    const placed = placements(template);
    let n = 0;
    return template
      .map((part) => {
        if ('text' in part) return part.text;
        const placement = placed[n++];
        if (!placement || problem(placement, numericIn(component))) {
          throw new Error(`a \`${refText(part.ref)}\` the validation refused reached the executor`);
        }
        const name = names.get(refKey(part.ref)) ?? '';
        env[name] = value(part.ref);
        return placement.quoting === 'word' ? `"\${${name}}"` : `\${${name}}`;
      })
      .join('');
  });
  return { script: scripts.join('\n'), env };
}

/** The references of a `run` or `setup` that cannot reach the command as data: by index, why. */
export function checkCommand(
  template: Template,
  inputs: Component['inputs'],
): { index: number; message: string }[] {
  return placements(template).flatMap((placement, index) => {
    const message = problem(placement, numericIn({ inputs }));
    return message ? [{ index, message }] : [];
  });
}

interface Placement extends HoleSite {
  ref: Reference;
  evaluation?: Evaluation;
}

function placements(template: Template): Placement[] {
  // A NUL in the text itself would be taken for a hole; bash cannot run one anyway.
  const text = template
    .map((part) => ('text' in part ? part.text.replaceAll(HOLE, '\uFFFD') : HOLE))
    .join('');
  const scan = scanShell(text);
  const evaluated = evaluatedHoles(scan.commands);
  const refs = template.flatMap((part) => ('ref' in part ? [part.ref] : []));
  return refs.map((ref, hole) => {
    const site = scan.sites[hole];
    if (!site) throw new Error(`shell scanner: no site for the hole ${hole}`);
    const placement: Placement = { ...site, ref };
    const evaluation = site.evaluated ? { why: site.evaluated } : evaluated.get(hole);
    if (evaluation) placement.evaluation = evaluation;
    return placement;
  });
}

/** A number or an integer is digits, a sign, a point and an exponent: never code for bash. */
function numericIn(component: Pick<Component, 'inputs'>): (ref: Reference) => boolean {
  return (ref) => {
    const type = ref.kind === 'input' ? component.inputs[ref.name]?.type : undefined;
    return type === 'number' || type === 'integer';
  };
}

function problem(placement: Placement, numeric: (ref: Reference) => boolean): string | undefined {
  const ref = `\`${refText(placement.ref)}\``;
  if (placement.literal) return `${ref} ${LITERAL[placement.literal]}`;
  const evaluation = placement.evaluation;
  if (!evaluation || numeric(placement.ref)) return undefined;
  const why = evaluatedWhy(evaluation);
  return `${ref} ${why}; only a number or integer input may be there`;
}

const LITERAL: Record<Literal, string> = {
  'single-quotes':
    'is inside single quotes, where bash expands nothing: write it outside them or inside double quotes (a program that reads code, such as python -c or jq, should get it as an argument of its own)',
  'ansi-c-quotes': "is inside $'…', where bash expands nothing: write it outside them",
  'quoted-heredoc':
    "is in a here-document with a quoted delimiter (such as <<'EOF'), where bash expands nothing: leave the delimiter unquoted",
  delimiter: "is in a here-document's delimiter, which bash reads as text",
  escaped: 'follows a `\\` or a `$`, which would make bash read the substitution as text',
};

const RUNS = 'a value such as a[$(cmd)] runs cmd';

function evaluatedWhy({ why, command }: Evaluation): string {
  const by = command ? ` (\`${command}\`)` : '';
  switch (why) {
    case 'arithmetic':
      return `is in arithmetic${by}, which bash evaluates as an expression: ${RUNS}`;
    case 'parameter':
      return `is inside \`\${…}\`, where bash may evaluate it as arithmetic (an index, an offset): ${RUNS}`;
    case 'index':
      return `is in an array index, which bash evaluates as arithmetic: ${RUNS}`;
    case 'test':
      return `is compared with -eq, -ne, -lt, -le, -gt or -ge in \`[[ ]]\`, which evaluates it as arithmetic: ${RUNS}`;
    case 'code':
      return `is an argument of \`${command}\`, which runs it as shell code`;
    case 'name':
      return `is where \`${command}\` takes a variable name, whose index bash evaluates: ${RUNS}`;
  }
}

/**
 * An environment variable per reference: `PIPEKIT_INPUT_<name>` or `PIPEKIT_OUTPUT_<name>`,
 * `-` written `_` (an input name may hold `-`, a variable name may not); a clash gets `_2`.
 */
function variableNames(refs: Reference[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const ref of refs) {
    const key = refKey(ref);
    if (names.has(key)) continue;
    const base = `PIPEKIT_${ref.kind === 'output' ? 'OUTPUT' : 'INPUT'}_${refName(ref)}`.replaceAll(
      '-',
      '_',
    );
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    names.set(key, name);
    taken.add(name);
  }
  return names;
}

function refName(ref: Reference): string {
  if (ref.kind === 'step-output') throw new Error('a step output in a component command');
  return ref.name;
}

function refKey(ref: Reference): string {
  return `${ref.kind}:${refName(ref)}`;
}

function refText(ref: Reference): string {
  return `\${{ ${ref.kind === 'output' ? 'outputs' : 'inputs'}.${refName(ref)} }}`;
}

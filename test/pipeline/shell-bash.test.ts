import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTemplate } from '../../src/pipeline/expressions.js';
import { checkCommand, STEP_SHELL, stepCommand } from '../../src/pipeline/shell.js';
import { HOSTILE } from '../support/hostile-values.js';

/**
 * Every accepted placement of a `${{ }}`, run by real bash with every hostile value: no
 * command runs (the folder holds nothing but the output) and the output is what the value
 * makes of it. Each writes to `${{ outputs.o }}`.
 */
const PLACEMENTS: Record<string, [run: string, expected: (v: string) => string]> = {
  bare: [`printf '%s' \${{ inputs.v }} > \${{ outputs.o }}`, (v) => v],
  'inside a word': [`printf '%s' -\${{ inputs.v }}- > \${{ outputs.o }}`, (v) => `-${v}-`],
  'double quotes': [`printf '%s' "<\${{ inputs.v }}>" > "\${{ outputs.o }}"`, (v) => `<${v}>`],
  'unquoted heredoc': [
    `cat > \${{ outputs.o }} <<EOF\n'\${{ inputs.v }}' "\${{ inputs.v }}"\nEOF`,
    (v) => `'${v}' "${v}"\n`,
  ],
  'heredoc <<-': [`cat > \${{ outputs.o }} <<-EOF\n\t<\${{ inputs.v }}>\n\tEOF`, (v) => `<${v}>\n`],
  'substitution in a heredoc': [
    `cat > \${{ outputs.o }} <<EOF\n$(printf '<%s>' \${{ inputs.v }})\nEOF`,
    (v) => `<${v}>\n`,
  ],
  'command substitution': [
    `printf '%s' "$(printf '<%s>' \${{ inputs.v }})" > \${{ outputs.o }}`,
    (v) => `<${v}>`,
  ],
  backticks: [
    `printf '%s' "\`printf '<%s>' \${{ inputs.v }}\`" > \${{ outputs.o }}`,
    (v) => `<${v}>`,
  ],
  'process substitution': [`cat <(printf '%s' \${{ inputs.v }}) > \${{ outputs.o }}`, (v) => v],
  '[[ == ]]': [
    `[[ \${{ inputs.v }} == "\${{ inputs.v }}" ]] && printf same > \${{ outputs.o }}`,
    () => 'same',
  ],
  '[[ =~ ]]': [
    `[[ x\${{ inputs.v }} =~ \${{ inputs.v }} ]] && printf same > \${{ outputs.o }}`,
    () => 'same',
  ],
  '[ = ]': [
    `[ x\${{ inputs.v }} = "x\${{ inputs.v }}" ] && printf same > \${{ outputs.o }}`,
    () => 'same',
  ],
  case: [
    `case \${{ inputs.v }} in \${{ inputs.v }}) printf same;; *) printf differ;; esac > \${{ outputs.o }}`,
    () => 'same',
  ],
  comment: [`# \${{ inputs.v }}\nprintf '%s' \${{ inputs.v }} > \${{ outputs.o }}`, (v) => v],
  assignment: [`x=\${{ inputs.v }}; printf '%s' "$x" > \${{ outputs.o }}`, (v) => v],
  export: [`export X=\${{ inputs.v }}; printf '%s' "$X" > \${{ outputs.o }}`, (v) => v],
  array: [
    `a=(\${{ inputs.v }}); printf '%s' "\${#a[@]}:\${a[0]}" > \${{ outputs.o }}`,
    (v) => `1:${v}`,
  ],
  'here-string': [`cat <<< \${{ inputs.v }} > \${{ outputs.o }}`, (v) => `${v}\n`],
  'printf -v value': [
    `printf -v x '%s' \${{ inputs.v }}; printf '%s' "$x" > \${{ outputs.o }}`,
    (v) => v,
  ],
  'for loop': [
    `for x in \${{ inputs.v }}; do printf '<%s>' "$x"; done > \${{ outputs.o }}`,
    (v) => `<${v}>`,
  ],
  function: [`f() { printf '%s' \${{ inputs.v }}; }; f > \${{ outputs.o }}`, (v) => v],
};

const root = mkdtempSync(join(tmpdir(), 'pipekit-shell-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(dir: string, script: string, value: string): string[] {
  const parsed = parseTemplate(script, 'component').template;
  const inputs = { v: { type: 'string' as const } };
  expect(checkCommand(parsed, inputs)).toEqual([]);
  const out = join(dir, 'out');
  const command = stepCommand({ run: parsed, inputs }, (ref) =>
    ref.kind === 'output' ? out : value,
  );
  const r = spawnSync(STEP_SHELL.command, [...STEP_SHELL.args, '-c', command.script], {
    cwd: dir,
    env: { ...process.env, ...command.env },
    encoding: 'utf8',
  });
  return r.status === 0 ? [] : [`exit ${r.status}: ${r.stderr}`];
}

describe('bash runs a hostile value as data in every accepted placement', () => {
  it.each(Object.entries(HOSTILE))('%s', (name, value) => {
    const problems = Object.entries(PLACEMENTS).flatMap(([placement, [script, expected]]) => {
      const dir = join(root, `${Object.keys(HOSTILE).indexOf(name)}-${placement}`);
      mkdirSync(dir);
      const failed = run(dir, script, value);
      const files = readdirSync(dir).filter((f) => f !== 'out');
      const out = join(dir, 'out');
      const got = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
      return [
        ...failed.map((why) => `${placement}: ${why}`),
        ...(files.length > 0 ? [`${placement}: a command ran (${JSON.stringify(files)})`] : []),
        ...(got !== expected(value) ? [`${placement}: got ${JSON.stringify(got)}`] : []),
      ];
    });
    expect(problems).toEqual([]);
  });
});

/**
 * Scripts in which bash might evaluate a value, each marked as the validation should judge it:
 * whatever it accepts must run no hostile value; what it refuses, bash would have run.
 */
const CORPUS: [script: string, accepted: boolean][] = [
  ['echo $(( ${{ inputs.v }} ))', false],
  ['for((i=0;i<${{ inputs.v }};i++)); do :; done', false],
  ['if((${{ inputs.v }})); then :; fi', false],
  ['true && (( ${{ inputs.v }} ))', false],
  ['let x=${{ inputs.v }}', false],
  ['echo $[ ${{ inputs.v }} ]', false],
  ['declare -i n=${{ inputs.v }}', false],
  ['f() { local -n r=${{ inputs.v }}; echo "$r"; }; f', false],
  ['a[${{ inputs.v }}]=1', false],
  ['a=([${{ inputs.v }}]=1)', false],
  ['s=abc; echo "${s:${{ inputs.v }}}"', false],
  ['[[ ${{ inputs.v }} -eq 1 ]]', false],
  ['[[ -v ${{ inputs.v }} ]]', false],
  ['[ -v ${{ inputs.v }} ]', false],
  ['printf -v ${{ inputs.v }} %s x', false],
  ['read ${{ inputs.v }} <<< x', false],
  ['declare ${{ inputs.v }}=1', false],
  ['eval "echo ${{ inputs.v }}"', false],
  ['trap "echo ${{ inputs.v }}" EXIT', false],
  ['compgen -W "${{ inputs.v }}"', false],
  ['echo $(( x )) ${{ inputs.v }}', true],
  ['[[ ${{ inputs.v }} == x || -z ${{ inputs.v }} || ${{ inputs.v }} < b ]]', true],
  ['[ ${{ inputs.v }} -eq 1 ] 2>/dev/null; test ${{ inputs.v }} -gt 1 2>/dev/null', true],
  ['printf %d ${{ inputs.v }} 2>/dev/null', true],
  ['declare x=${{ inputs.v }}; local_x=${{ inputs.v }}; export y=${{ inputs.v }}', true],
  ['declare -A m; m[k]=${{ inputs.v }}; a=(${{ inputs.v }}); a+=(${{ inputs.v }})', true],
  ['read -r x <<< ${{ inputs.v }}; printf -v y %s ${{ inputs.v }}', true],
  ['case ${{ inputs.v }} in ${{ inputs.v }}|x) echo;; esac', true],
  ['f(){ echo ${{ inputs.v }}; }; f; g() ( echo ${{ inputs.v }} ); g', true],
  ['echo $(case x in x) echo ${{ inputs.v }};; esac) `echo ${{ inputs.v }}`', true],
  ['cat <<A <<-B\n${{ inputs.v }} $(echo ${{ inputs.v }})\nA\n\t${{ inputs.v }}\n\tB', true],
  ['echo "${HOME:-${PWD}}" ${{ inputs.v }} # ${{ inputs.v }}', true],
  ['unset ${{ inputs.v }} 2>/dev/null; wait -p ${{ inputs.v }} 2>/dev/null; :', true],
  ['echo "$(( 1 + 2 ))" "${{ inputs.v }}" <<< "$(( 3 ))"', true],
];

// With no blank, for a refused placement written unquoted below.
const NASTY = ['a[$(touch${IFS}pwned)]', '$(touch pwned)', "'$(touch pwned)'", 'x\ntouch pwned'];

describe('the validation accepts only placements bash reads as data', () => {
  const inputs = { v: { type: 'string' as const } };

  /** Whether any nasty value, in the variable the script expands, runs a command. */
  function runsAValue(script: string, env: (value: string) => Record<string, string>): boolean {
    return NASTY.some((value) => {
      const dir = mkdtempSync(join(root, 'corpus-'));
      spawnSync(STEP_SHELL.command, [...STEP_SHELL.args, '-c', script], {
        cwd: dir,
        env: { ...process.env, ...env(value) },
      });
      return readdirSync(dir).length > 0;
    });
  }

  it.each(CORPUS)('%j', (script, accepted) => {
    const parsed = parseTemplate(script, 'component').template;
    expect(checkCommand(parsed, inputs).length === 0).toBe(accepted);
    if (accepted) {
      const command = stepCommand({ run: parsed, inputs }, () => 'unused');
      const name = Object.keys(command.env)[0] ?? '';
      expect(runsAValue(command.script, (value) => ({ [name]: value }))).toBe(false);
    } else {
      // Refused for a reason: even from a variable, bash runs the value there.
      const written = script.replaceAll('${{ inputs.v }}', '${V}');
      expect(runsAValue(written, (value) => ({ V: value }))).toBe(true);
    }
  });
});

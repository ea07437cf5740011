import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../src/pipeline/expressions.js';
import { checkCommand, stepCommand } from '../../src/pipeline/shell.js';
import type { InputSpec } from '../../src/pipeline/types.js';

const V = '${PIPEKIT_INPUT_v}';
const O = '${PIPEKIT_OUTPUT_o}';
const inputs: Record<string, InputSpec> = {
  v: { type: 'string' },
  n: { type: 'integer' },
  x: { type: 'number' },
};

const template = (run: string) => parseTemplate(run, 'component').template;
const render = (run: string) => stepCommand({ run: template(run), inputs }, () => 'value').script;
/** Each refused reference: its index and its message after the reference. */
const refused = (run: string) =>
  checkCommand(template(run), inputs).map(({ index, message }) => [
    index,
    message.replace(/^`\$\{\{ [a-z.]+ \}\}` /, ''),
  ]);

describe('stepCommand writes a variable expansion where the reference was', () => {
  // [script as written, script bash runs]
  const cases: [string, string][] = [
    ['echo ${{ inputs.v }}', `echo "${V}"`],
    ['echo --flag=${{ inputs.v }}x', `echo --flag="${V}"x`],
    ['echo "a ${{ inputs.v }} b"', `echo "a ${V} b"`],
    ['echo "it\'s ${{ inputs.v }}"', `echo "it's ${V}"`],
    ['cat <<EOF\n${{ inputs.v }} "${{ inputs.v }}"\nEOF', `cat <<EOF\n${V} "${V}"\nEOF`],
    ["cat <<EOF\n'${{ inputs.v }}'\nEOF", `cat <<EOF\n'${V}'\nEOF`],
    [
      'cat <<-EOF\n\t${{ inputs.v }}\n\tEOF\necho ${{ inputs.v }}',
      `cat <<-EOF\n\t${V}\n\tEOF\necho "${V}"`,
    ],
    [
      'cat <<A; cat <<B\n${{ inputs.v }}\nA\n${{ inputs.v }}\nB',
      `cat <<A; cat <<B\n${V}\nA\n${V}\nB`,
    ],
    ['x=$(echo ${{ inputs.v }})', `x=$(echo "${V}")`],
    ['x="$(echo "${{ inputs.v }}")"', `x="$(echo "${V}")"`],
    ['x="`echo ${{ inputs.v }}`"', `x="\`echo "${V}"\`"`],
    ['diff <(sort ${{ inputs.v }}) ${{ outputs.o }}', `diff <(sort "${V}") "${O}"`],
    ['# ${{ inputs.v }} is read\necho ${{ inputs.v }}', `# ${V} is read\necho "${V}"`],
    ["# don't\necho ${{ inputs.v }}", `# don't\necho "${V}"`],
    ['[[ -f ${{ inputs.v }} && ${{ inputs.v }} == a* ]]', `[[ -f "${V}" && "${V}" == a* ]]`],
    [
      'case ${{ inputs.v }} in a) echo ${{ inputs.v }};; esac',
      `case "${V}" in a) echo "${V}";; esac`,
    ],
    ['echo $(case a in a) echo;; esac) ${{ inputs.v }}', `echo $(case a in a) echo;; esac) "${V}"`],
    ['x=${{ inputs.v }} arr=(${{ inputs.v }})', `x="${V}" arr=("${V}")`],
    ['export X=${{ inputs.v }}; local y=${{ inputs.v }}', `export X="${V}"; local y="${V}"`],
    ['printf -v out %s ${{ inputs.v }}', `printf -v out %s "${V}"`],
    ['read -r line <<< ${{ inputs.v }}', `read -r line <<< "${V}"`],
    ['cmd 2>${{ outputs.o }} >${{ outputs.o }}', `cmd 2>"${O}" >"${O}"`],
    ['echo $(( 1 << 2 )) ${{ inputs.v }}', `echo $(( 1 << 2 )) "${V}"`],
    ['(( i << 2 )); echo ${{ inputs.v }}', `(( i << 2 )); echo "${V}"`],
    ['echo "${HOME:-/}" ${{ inputs.v }}', `echo "\${HOME:-/}" "${V}"`],
    ["echo $'a\\'b' ${{ inputs.v }}", `echo $'a\\'b' "${V}"`],
    ['f() { echo ${{ inputs.v }}; }', `f() { echo "${V}"; }`],
    [
      'f(){ echo ${{ inputs.v }}; }; ls @(${{ inputs.v }}|b)',
      `f(){ echo "${V}"; }; ls @("${V}"|b)`,
    ],
    [
      'echo $(( ${{ inputs.n }} * 2 )) ${x:${{ inputs.x }}}',
      'echo $(( ${PIPEKIT_INPUT_n} * 2 )) ${x:${PIPEKIT_INPUT_x}}',
    ],
  ];

  it.each(cases)('%j', (run, script) => {
    expect(checkCommand(template(run), inputs)).toEqual([]);
    expect(render(run)).toBe(script);
  });

  it('passes each value in the environment, setup and run alike', () => {
    const run = template('cp ${{ inputs.v }} ${{ outputs.o }}');
    const setup = template('test -n "${{ inputs.v }}"');
    const value = (ref: { kind: string }) => (ref.kind === 'input' ? '$(id)' : '/out/o');
    expect(stepCommand({ setup, run, inputs }, value)).toEqual({
      script: `test -n "${V}"\ncp "${V}" "${O}"`,
      env: { PIPEKIT_INPUT_v: '$(id)', PIPEKIT_OUTPUT_o: '/out/o' },
    });
  });

  it('gives names that would clash a variable each', () => {
    const run = template('echo ${{ inputs.a-b }} ${{ inputs.a_b }} ${{ outputs.a-b }}');
    const specs: Record<string, InputSpec> = { 'a-b': { type: 'string' }, a_b: { type: 'string' } };
    const { script, env } = stepCommand({ run, inputs: specs }, (ref) => JSON.stringify(ref));
    expect(script).toBe(
      'echo "${PIPEKIT_INPUT_a_b}" "${PIPEKIT_INPUT_a_b_2}" "${PIPEKIT_OUTPUT_a_b}"',
    );
    expect(env.PIPEKIT_INPUT_a_b_2).toBe('{"kind":"input","name":"a_b"}');
  });

  it('refuses to render a reference the validation refuses', () => {
    expect(() => render("echo '${{ inputs.v }}'")).toThrow(/validation refused/);
  });
});

describe('checkCommand refuses a reference bash would not pass as data', () => {
  // [script, [index of the reference, the start of the reason]...]
  const cases: [string, [number, string][]][] = [
    ["echo '${{ inputs.v }}'", [[0, 'is inside single quotes']]],
    ["echo 'a ${{ inputs.n }}'", [[0, 'is inside single quotes']]],
    ["echo $'${{ inputs.v }}'", [[0, "is inside $'…'"]]],
    ["cat <<'EOF'\n${{ inputs.v }}\nEOF", [[0, 'is in a here-document with a quoted delimiter ']]],
    ['cat <<"EOF"\n${{ inputs.v }}\nEOF', [[0, 'is in a here-document with a quoted delimiter ']]],
    ['cat <<\\EOF\n${{ inputs.v }}\nEOF', [[0, 'is in a here-document with a quoted delimiter ']]],
    ['cat <<${{ inputs.v }}\nx\n', [[0, "is in a here-document's delimiter"]]],
    [
      'echo \\${{ inputs.v }} "\\${{ inputs.v }}" $${{ inputs.v }}',
      [
        [0, 'follows a `\\` or a `$`'],
        [1, 'follows a `\\` or a `$`'],
        [2, 'follows a `\\` or a `$`'],
      ],
    ],
    ['echo $(( ${{ inputs.v }} + 1 ))', [[0, 'is in arithmetic']]],
    ['for((i=0;i<${{ inputs.v }};i++)); do :; done', [[0, 'is in arithmetic']]],
    ['if((${{ inputs.v }})); then :; fi', [[0, 'is in arithmetic']]],
    ['(( ${{ inputs.v }} > 1 ))', [[0, 'is in arithmetic']]],
    ['for (( i = 0; i < ${{ inputs.v }}; i++ )); do :; done', [[0, 'is in arithmetic']]],
    ['echo $[ ${{ inputs.v }} ]', [[0, 'is in arithmetic']]],
    ['echo $(( $(cat ${{ inputs.v }}) ))', [[0, 'is in arithmetic']]],
    ['let "x = ${{ inputs.v }}"', [[0, 'is in arithmetic (`let`)']]],
    ['declare -i x=${{ inputs.v }}', [[0, 'is in arithmetic (`declare -i`)']]],
    [
      'echo "${x:-${{ inputs.v }}}" ${a[${{ inputs.v }}]}',
      [
        [0, 'is inside `${…}`'],
        [1, 'is inside `${…}`'],
      ],
    ],
    ['a[${{ inputs.v }}]=1', [[0, 'is in an array index']]],
    ['a=([${{ inputs.v }}]=1 ${{ inputs.v }})', [[0, 'is in an array index']]],
    ['[[ ${{ inputs.v }} -eq 1 ]]', [[0, 'is compared with -eq']]],
    ['if [[ $(wc -l < ${{ inputs.v }}) -gt 1 ]]; then :; fi', [[0, 'is compared with -eq']]],
    [
      '[[ -v ${{ inputs.v }} ]] || [ -v ${{ inputs.v }} ]',
      [
        [0, 'is where `[[ -v ]]` takes a variable name'],
        [1, 'is where `[ -v` takes a variable name'],
      ],
    ],
    ['eval "echo ${{ inputs.v }}"', [[0, 'is an argument of `eval`']]],
    ['eval "😀 ${{ inputs.v }}"', [[0, 'is an argument of `eval`']]],
    ['x=$(eval echo ${{ inputs.v }})', [[0, 'is an argument of `eval`']]],
    ['eval "$(printf %s ${{ inputs.v }})"', [[0, 'is an argument of `eval`']]],
    ['f() { builtin eval ${{ inputs.v }}; }', [[0, 'is an argument of `eval`']]],
    ['trap "rm ${{ outputs.o }}" EXIT', [[0, 'is an argument of `trap`']]],
    ['compgen -W "${{ inputs.v }}"', [[0, 'is an argument of `compgen`']]],
    ['read ${{ inputs.v }} < f', [[0, 'is where `read` takes a variable name']]],
    ['printf -v ${{ inputs.v }} %s x', [[0, 'is where `printf -v` takes a variable name']]],
    [
      'declare ${{ inputs.v }}=1 y=${{ inputs.v }}',
      [[0, 'is where `declare` takes a variable name']],
    ],
    ['local -n ref=${{ inputs.v }}', [[0, 'is where `local -n` takes a variable name']]],
    // A number or an integer cannot be code: it may be evaluated, never left literal.
    ['echo $(( ${{ inputs.n }} )); [[ ${{ inputs.x }} -gt 1 ]]; let ${{ inputs.n }}', []],
    ["cat <<'EOF'\n${{ inputs.n }}\nEOF", [[0, 'is in a here-document with a quoted delimiter ']]],
    // What is after a refused placement is still read right.
    [
      "echo 'a' ${{ inputs.v }} '${{ inputs.v }}' \"${{ inputs.v }}\"",
      [[1, 'is inside single quotes']],
    ],
  ];

  it.each(cases)('%j', (run, expected) => {
    expect(refused(run)).toEqual(
      expected.map(([i, why]) => [i, expect.stringMatching(`^${escapeRegExp(why)}`)]),
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { existsSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';
import { HOSTILE } from '../support/hostile-values.js';

/**
 * Every hostile value, passed with `--set`, through every placement of `${{ }}` in a `run`
 * that pipekit accepts: no command runs (no file appears in the repository) and the program
 * gets exactly the value.
 */
const PLACEMENTS: Record<string, { run: string; expect: (v: string) => string }> = {
  bare: {
    run: `printf '%s' \${{ inputs.v }} > \${{ outputs.text }}`,
    expect: (v) => v,
  },
  'double quotes': {
    run: `printf '%s' "<\${{ inputs.v }}>" > "\${{ outputs.text }}"`,
    expect: (v) => `<${v}>`,
  },
  'unquoted heredoc': {
    run: `cat > \${{ outputs.text }} <<EOF\n<\${{ inputs.v }}>\nEOF`,
    expect: (v) => `<${v}>\n`,
  },
  'command substitution': {
    run: `printf '%s' "$(printf '<%s>' \${{ inputs.v }})" > \${{ outputs.text }}`,
    expect: (v) => `<${v}>`,
  },
  backticks: {
    run: `printf '%s' "\`printf '<%s>' \${{ inputs.v }}\`" > \${{ outputs.text }}`,
    expect: (v) => `<${v}>`,
  },
  '[[ == ]]': {
    run: `if [[ \${{ inputs.v }} == "\${{ inputs.v }}" && -n "\${{ inputs.v }}x" ]]; then printf same; else printf differ; fi > \${{ outputs.text }}`,
    expect: () => 'same',
  },
  comment: {
    run: `# the value: \${{ inputs.v }}\nprintf '%s' \${{ inputs.v }} > \${{ outputs.text }}`,
    expect: (v) => v,
  },
};

/** A pipeline with a component per run, each in its own folder: a command that runs leaves a file there. */
function pipelineFiles(runs: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  const lines = ['name: injection', 'inputs:', '  v: { type: string, default: plain }', 'steps:'];
  runs.forEach((run, i) => {
    lines.push(`  s${i}:`, `    uses: ./steps/s${i}`, '    with: { v: "${{ inputs.v }}" }');
    files[`steps/s${i}/component.yml`] = [
      'inputs: { v: { type: string } }',
      'outputs: { text: { type: file } }',
      'run: |',
      ...run.split('\n').map((line) => `  ${line}`),
      '',
    ].join('\n');
  });
  files['pipeline.yml'] = `${lines.join('\n')}\n`;
  return files;
}

/** The files in a folder of the repository besides git's and pipekit's own. */
function filesIn(repo: TestRepo, dir: string): string[] {
  return readdirSync(repo.path(dir))
    .filter((f) => f !== '.git' && f !== '.pipekit')
    .sort();
}

describe('a hostile value runs nothing and reaches the command verbatim', () => {
  let repo: TestRepo;
  afterEach(() => repo.remove());
  const placements = Object.entries(PLACEMENTS);

  it.each(Object.entries(HOSTILE))('%s', (_name, value) => {
    repo = makeRepo(pipelineFiles(placements.map(([, p]) => p.run)));
    const r = repo.cli(['run', '--keep-going', '--set', `v=${value}`]);
    expect(filesIn(repo, '.')).toEqual(['pipeline.yml', 'steps']);
    const problems = placements.flatMap(([name, placement], i) => {
      const ran = filesIn(repo, `steps/s${i}`).filter((f) => f !== 'component.yml');
      const out = `.pipekit/out/s${i}/text`;
      const got = existsSync(repo.path(out)) ? repo.read(out) : undefined;
      return [
        ...(ran.length > 0 ? [`${name}: a command ran (${JSON.stringify(ran)})`] : []),
        ...(got !== placement.expect(value) ? [`${name}: got ${JSON.stringify(got)}`] : []),
      ];
    });
    expect(problems).toEqual([]);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('a placement where bash would not pass the value as data is a located error', () => {
  let repo: TestRepo;
  afterEach(() => repo.remove());

  const refused: [string, string][] = [
    ['single quotes', `printf '%s' '\${{ inputs.v }}' > \${{ outputs.text }}`],
    ['quoted heredoc', `cat > \${{ outputs.text }} <<'EOF'\n\${{ inputs.v }}\nEOF`],
    ['arithmetic', `echo $(( \${{ inputs.v }} + 1 )) > \${{ outputs.text }}`],
    ['[[ -eq ]]', `[[ \${{ inputs.v }} -eq 1 ]]; touch \${{ outputs.text }}`],
    ['eval', `eval "printf '%s' \${{ inputs.v }}" > \${{ outputs.text }}`],
  ];

  it.each(refused)('%s', (_name, run) => {
    repo = makeRepo(pipelineFiles([run]));
    const r = repo.cli(['run', '--set', `v=a[$(touch pwned)]'$(touch pwned)'`]);
    expect(filesIn(repo, 'steps/s0')).toEqual(['component.yml']);
    expect(r.code).toBe(1);
    // The run starts on line 4 of component.yml, indented by two spaces.
    const lines = run.split('\n');
    const at = lines.findIndex((line) => line.includes('${{ inputs.v }}'));
    const column = 3 + (lines[at] ?? '').indexOf('${{ inputs.v }}');
    expect(r.stderr).toContain(`steps/s0/component.yml:${4 + at}:${column} expression-placement`);
  });

  it('lets a number or an integer input into arithmetic', () => {
    const text = `name: arithmetic
inputs:
  n: { type: integer, default: 41 }
steps:
  add:
    run: echo $(( \${{ inputs.n }} + 1 )) > \${{ outputs.text }}
    inputs: { n: { type: integer } }
    outputs: { text: { type: file } }
    with: { n: "\${{ inputs.n }}" }
`;
    repo = makeRepo({ 'pipeline.yml': text });
    const r = repo.cli(['run']);
    expect(r.code, r.stderr).toBe(0);
    expect(repo.read('.pipekit/out/add/text')).toBe('42\n');
  });
});

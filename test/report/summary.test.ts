import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { loadPipeline } from '../../src/pipeline/load.js';
import { renderDiagnosticsSummary, renderSummary } from '../../src/report/summary.js';

type ReportRow = Parameters<typeof renderSummary>[2][number];
import { loadValid, memoryRepo } from '../support/memory-repo.js';

/** prepare -> train -> evaluate, each reading the output of the one before. */
const { graph } = loadValid({
  'pipeline.yml': `name: demo
steps:
  prepare:
    run: echo \${{ outputs.data }}
    outputs:
      data: { type: dir }
  train:
    run: echo \${{ inputs.data }} \${{ outputs.model }}
    inputs:
      data: { type: path }
    outputs:
      model: { type: file }
    with:
      data: \${{ steps.prepare.outputs.data }}
  evaluate:
    run: echo \${{ inputs.model }} \${{ outputs.scores }}
    inputs:
      model: { type: path }
    outputs:
      scores: { type: metrics }
    with:
      model: \${{ steps.train.outputs.model }}
`,
});

const KEY = {
  prepare: `3f2a9c0d81b7${'a'.repeat(52)}`,
  train: `9b1e44c07a2d${'b'.repeat(52)}`,
  evaluate: `5d0c2e8f1a6b${'c'.repeat(52)}`,
};

const TABLE_HEAD = [
  '| step | runner | status | duration | time saved | key | metrics |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];

/** The table and footer: everything after the Mermaid block. */
const tableOf = (markdown: string): string => markdown.slice(markdown.indexOf('| step |'));

/** The lines as a Markdown reader sees them: CR, LF and CRLF all end a line. */
const markdownLines = (markdown: string): string[] => markdown.split(/\r\n|\r|\n/);

/** The cells of a table row: split at the pipes that are not escaped. */
const cellsOf = (row: string): string[] => row.split(/(?<!\\)\|/).slice(1, -1);

describe('renderSummary', () => {
  it('renders the DAG coloured by status, a row per step, and the tally with the time saved', () => {
    const rows: ReportRow[] = [
      {
        id: 'prepare',
        runner: 'cpu',
        status: 'cached',
        reason: 'found 3f2a9c0d81b7',
        savedMs: 65_000,
        key: KEY.prepare,
        metrics: { rows: 1200, null_share: 0.0125 },
      },
      {
        id: 'train',
        runner: 'gpu',
        status: 'cached',
        reason: 'found 9b1e44c07a2d',
        savedMs: 3_000,
        key: KEY.train,
      },
      {
        id: 'evaluate',
        runner: 'cpu',
        status: 'run',
        reason: 'no entry for 5d0c2e8f1a6b',
        key: KEY.evaluate,
      },
    ];
    expect(renderSummary('pipekit plan: demo', graph, rows)).toBe(
      [
        '## pipekit plan: demo',
        '',
        '```mermaid',
        'flowchart LR',
        '  s0["prepare<br/><small>cached</small>"]',
        '  s1["train<br/><small>cached</small>"]',
        '  s2["evaluate<br/><small>run</small>"]',
        '  s0 -- "data" --> s1',
        '  s1 -- "model" --> s2',
        '  classDef cached fill:#dafbe1,stroke:#1a7f37',
        '  classDef run fill:#ddf4ff,stroke:#0969da',
        '  class s0 cached',
        '  class s1 cached',
        '  class s2 run',
        '```',
        '',
        ...TABLE_HEAD,
        '| `prepare` | `cpu` | cached<br/><sub>found 3f2a9c0d81b7</sub> |  | 1m 05s | `3f2a9c0d81b7` | rows=1200 null_share=0.0125 |',
        '| `train` | `gpu` | cached<br/><sub>found 9b1e44c07a2d</sub> |  | 3.0s | `9b1e44c07a2d` |  |',
        '| `evaluate` | `cpu` | run<br/><sub>no entry for 5d0c2e8f1a6b</sub> |  |  | `5d0c2e8f1a6b` |  |',
        '',
        '2 cached, 1 run; reuse saved 1m 08s.',
        '',
      ].join('\n'),
    );
  });

  it('colours the upstream of a step job from `status`, a row overriding it, and lists only the rows', () => {
    const upstream = { prepare: 'cached', train: 'cached', evaluate: 'failed' };
    const rows: ReportRow[] = [
      {
        id: 'evaluate',
        runner: 'cpu',
        status: 'ran',
        reason: 'ran',
        durationMs: 4_200,
        key: KEY.evaluate,
        metrics: { accuracy: 0.91344, f1: 0.875, loss: 0.2, auc: 0.95, epochs: 20 },
      },
    ];
    const markdown = renderSummary('pipekit step: evaluate', graph, rows, upstream);
    expect(markdown.split('\n').filter((line) => line.startsWith('  class'))).toEqual([
      '  classDef cached fill:#dafbe1,stroke:#1a7f37',
      '  classDef ran fill:#ddf4ff,stroke:#0969da',
      '  class s0 cached',
      '  class s1 cached',
      '  class s2 ran',
    ]);
    expect(markdown).toContain('  s2["evaluate<br/><small>ran</small>"]');
    expect(tableOf(markdown)).toBe(
      [
        ...TABLE_HEAD,
        '| `evaluate` | `cpu` | ran<br/><sub>ran</sub> | 4.2s |  | `5d0c2e8f1a6b` | accuracy=0.9134 f1=0.8750 loss=0.2000 auc=0.9500 … |',
        '',
        '1 ran.',
        '',
      ].join('\n'),
    );
  });

  it('tallies the statuses in the order they first appear, with no time saved when none was', () => {
    const rows: ReportRow[] = [
      { id: 'prepare', runner: 'cpu', status: 'ran', reason: 'ran', durationMs: 850 },
      {
        id: 'train',
        runner: 'gpu',
        status: 'failed',
        reason: 'exit code 3',
        durationMs: 185_000,
      },
      { id: 'evaluate', runner: 'cpu', status: 'skipped', reason: 'upstream train failed' },
    ];
    expect(tableOf(renderSummary('pipekit run: demo', graph, rows))).toBe(
      [
        ...TABLE_HEAD,
        '| `prepare` | `cpu` | ran<br/><sub>ran</sub> | 850ms |  |  |  |',
        '| `train` | `gpu` | failed<br/><sub>exit code 3</sub> | 3m 05s |  |  |  |',
        '| `evaluate` | `cpu` | skipped<br/><sub>upstream train failed</sub> |  |  |  |  |',
        '',
        '1 ran, 1 failed, 1 skipped.',
        '',
      ].join('\n'),
    );
  });

  it('escapes pipes and flattens line feeds in reasons and metric names', () => {
    const rows: ReportRow[] = [
      {
        id: 'train',
        runner: 'gpu',
        status: 'skipped',
        reason: 'if: inputs.fast || inputs.smoke is false',
        metrics: { 'f1|macro': 0.5, 'loss\nval': 1 },
      },
      {
        id: 'evaluate',
        runner: 'cpu',
        status: 'failed',
        reason: 'output scores: not a JSON object\nof numbers',
      },
    ];
    expect(tableOf(renderSummary('pipekit run: demo', graph, rows))).toBe(
      [
        ...TABLE_HEAD,
        '| `train` | `gpu` | skipped<br/><sub>if: inputs.fast \\|\\| inputs.smoke is false</sub> |  |  |  | f1\\|macro=0.5000 loss val=1 |',
        '| `evaluate` | `cpu` | failed<br/><sub>output scores: not a JSON object of numbers</sub> |  |  |  |  |',
        '',
        '1 skipped, 1 failed.',
        '',
      ].join('\n'),
    );
  });

  // BUG (src/report/summary.ts escapeCell): only `\n` is flattened, but a CR is a line ending
  // in Markdown too, so `\r\n` or `\r` in a reason cuts the row in two.
  it('keeps a row on one line when its reason holds a carriage return', () => {
    const rows: ReportRow[] = [
      { id: 'prepare', runner: 'cpu', status: 'failed', reason: 'exit code 1\r\nTraceback' },
      { id: 'train', runner: 'gpu', status: 'skipped', reason: 'upstream\rprepare failed' },
    ];
    const table = markdownLines(tableOf(renderSummary('pipekit run: demo', graph, rows)));
    expect(table.slice(2, -3).map((row) => cellsOf(row).length)).toEqual([7, 7]);
  });
});

describe('renderDiagnosticsSummary', () => {
  it('lists each problem with its place and code, escaping the message', () => {
    const diagnostics: Diagnostic[] = [
      {
        file: 'pipeline.yml',
        line: 6,
        column: 5,
        code: 'unknown-key',
        message: 'unknown key `cahce` in `steps.train`',
      },
      {
        file: 'steps/train/component.yml',
        line: 4,
        column: 9,
        code: 'expression-syntax',
        message: 'unexpected `|` in `inputs.a | inputs.b`',
      },
    ];
    expect(renderDiagnosticsSummary('pipekit: the pipeline is invalid', diagnostics)).toBe(
      [
        '## pipekit: the pipeline is invalid',
        '',
        '| where | code | problem |',
        '| --- | --- | --- |',
        '| `pipeline.yml:6:5` | `unknown-key` | unknown key `cahce` in `steps.train` |',
        '| `steps/train/component.yml:4:9` | `expression-syntax` | unexpected `\\|` in `inputs.a \\| inputs.b` |',
        '',
      ].join('\n'),
    );
  });

  // BUG (src/report/summary.ts escapeCell): a quoted YAML string can hold `\r`, the loader
  // quotes it in the message, and the CR cuts the table row in two.
  it('keeps a problem on one row when its message holds a carriage return', () => {
    const text = 'name: demo\nsteps:\n  train:\n    run: echo\n    needs: ["prep\\r\\nare"]\n';
    const { diagnostics } = loadPipeline({
      file: 'pipeline.yml',
      text,
      repo: memoryRepo({ 'pipeline.yml': text }),
    });
    expect(diagnostics.map((d) => [d.code, d.message.includes('\r')])).toEqual([
      ['unknown-step', true],
    ]);
    const lines = markdownLines(renderDiagnosticsSummary('invalid', diagnostics));
    expect(lines.slice(4, -1).map((row) => cellsOf(row).length)).toEqual([3]);
  });

  // BUG (src/report/summary.ts): the place is not escaped, and a `|` splits the cell even
  // inside a code span (GFM); a component folder may be named `a|b`.
  it('escapes a pipe in the file of a problem', () => {
    const files = {
      'pipeline.yml': 'name: demo\nsteps:\n  train:\n    uses: ./steps/a|b\n',
      'steps/a|b/component.yml': 'name: train\nrun: echo\ncahce: false\n',
    };
    const { diagnostics } = loadPipeline({
      file: 'pipeline.yml',
      text: files['pipeline.yml'],
      repo: memoryRepo(files),
    });
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['steps/a|b/component.yml', 'unknown-key'],
    ]);
    const row = renderDiagnosticsSummary('invalid', diagnostics).split('\n')[4] ?? '';
    expect(cellsOf(row)[0]).toBe(' `steps/a\\|b/component.yml:3:1` ');
  });
});

describe('renderSummary: where cached outputs came from', () => {
  it('names the workflow run, attempt and job that computed them', () => {
    const text = renderSummary('pipekit plan: demo', graph, [
      {
        id: 'train',
        runner: 'gpu',
        status: 'cached',
        reason: 'found',
        key: KEY.train,
        producer: { runId: '4711', attempt: '2', job: 'train' },
      },
      {
        id: 'prepare',
        runner: 'cpu',
        status: 'cached',
        reason: 'found',
        key: KEY.prepare,
        producer: { runId: '4700', attempt: '1' },
      },
    ]);
    expect(text).toContain('`9b1e44c07a2d`<br/><sub>run 4711 attempt 2, job train</sub>');
    expect(text).toContain('`3f2a9c0d81b7`<br/><sub>run 4700</sub>');
  });
});

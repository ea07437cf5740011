import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPipeline } from '../../src/workspace/open.js';
import { makeSampleRepo, type SampleRepo } from '../support/sample-pipeline.js';

/** A component whose `code` reaches a folder shared with others, outside its own. */
const SHARED_CODE: Record<string, string> = {
  'steps/stats/component.yml': `name: stats
inputs:
  data: { type: path }
outputs:
  metrics: { type: metrics }
code: ['../../lib/*.sh']
run: echo '{}' > \${{ outputs.metrics }}
`,
  'lib/count.sh': 'count_lines() { wc -l < "$1"; }\n',
};

/**
 * Marks the cached model so a test can tell whether a load came from it, with the digest that
 * proves a model whole (`digest`: false leaves the old one, as damage on disk would).
 */
function markModel(cacheFile: string, { digest = true } = {}): void {
  const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
  cache.pipeline.name = 'from-the-cache';
  const model = JSON.stringify([cache.pipeline, cache.graph]);
  if (digest) cache.model = createHash('sha256').update(model).digest('hex');
  writeFileSync(cacheFile, JSON.stringify(cache));
}

describe('the model cache of a clean load', () => {
  let s: SampleRepo;
  const file = () => s.repo.path('pipeline.yml');
  const cacheFile = () => s.repo.path('.pipekit/model.json');
  const mark = (opts?: { digest: boolean }): void => markModel(cacheFile(), opts);

  beforeEach(() => {
    s = makeSampleRepo();
    expect(openPipeline(file()).pipeline?.name).toBe('sample');
    mark();
  });
  afterEach(() => s.cleanup());

  it('is used while the pipeline, its components and its paths are unchanged', () => {
    expect(openPipeline(file()).pipeline?.name).toBe('from-the-cache');
  });

  it('is dropped when its model was changed on disk (its digest no longer holds)', () => {
    openPipeline(file()); // written afresh by the clean load, then marked without its digest
    rmSync(cacheFile());
    openPipeline(file());
    mark({ digest: false });
    expect(openPipeline(file()).pipeline?.name).toBe('sample');
  });

  it('is dropped when the pipeline file changes, even by a comment', () => {
    writeFileSync(file(), `# comment\n${readFileSync(file(), 'utf8')}`);
    expect(openPipeline(file()).pipeline?.name).toBe('sample');
  });

  it('is dropped when a component file changes', () => {
    s.repo.write({
      'steps/stats/component.yml': `${s.repo.read('steps/stats/component.yml')}# more\n`,
    });
    expect(openPipeline(file()).pipeline?.name).toBe('sample');
  });

  it('is dropped when a path the pipeline names disappears, so the problem is reported', () => {
    rmSync(s.repo.path('data/raw.txt'));
    const opened = openPipeline(file());
    expect(opened.pipeline).toBeUndefined();
    expect(opened.diagnostics.map((d) => d.code)).toEqual(['path-missing']);
  });
});

describe('the model cache of a pipeline with shared code', () => {
  let s: SampleRepo;
  const file = () => s.repo.path('pipeline.yml');
  const loadName = () => openPipeline(file()).pipeline?.name;

  beforeEach(() => {
    s = makeSampleRepo(SHARED_CODE);
    expect(loadName()).toBe('sample');
    markModel(s.repo.path('.pipekit/model.json'));
  });
  afterEach(() => s.cleanup());

  it('is used while the files each code pattern matches are the same', () => {
    s.repo.write({ 'lib/count.sh': 'count_lines() { grep -c . "$1"; }\n', 'lib/notes.md': '' });
    expect(loadName()).toBe('from-the-cache');
  });

  it('is dropped when a file is added that a code pattern now matches', () => {
    s.repo.write({ 'lib/more.sh': 'true\n' });
    expect(loadName()).toBe('sample');
  });

  it('is dropped when the last file a code pattern matched goes, so the problem is reported', () => {
    rmSync(s.repo.path('lib/count.sh'));
    const opened = openPipeline(file());
    expect(opened.pipeline).toBeUndefined();
    expect(opened.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ['code-no-match', s.repo.path('steps/stats/component.yml'), 6, 8],
    ]);
  });
});

// bench/plan.mjs's pipelines, and the least time their plan can take at a given latency.

/** Parallel lookups of the action's store (src/action/commands.ts). */
export const LOOKUP_CONCURRENCY = 8;
/** Calls a cached step costs: GetCacheEntryDownloadURL and the manifest download. */
export const CALLS_PER_HIT = 2;

export const stepId = (i) => `s${String(i).padStart(3, '0')}`;

/**
 * The pipeline's files for `parents` (from shapedDag): pipeline.yml of inline steps that `cat`
 * their inputs `| md5sum`, data/sNNN.txt for the roots, .gitignore.
 */
export function pipelineFiles(shape, parents) {
  const files = { '.gitignore': '.pipekit/\n' };
  const yml = [`name: bench-${shape}`, 'steps:'];
  parents.forEach((ups, i) => {
    const names = ups.length === 0 ? ['in0'] : ups.map((_, j) => `in${j}`);
    const cat = names.map((n) => `\${{ inputs.${n} }}`).join(' ');
    yml.push(
      `  ${stepId(i)}:`,
      `    run: cat ${cat} | md5sum > \${{ outputs.out }}`,
      `    inputs:`,
      ...names.map((n) => `      ${n}: { type: path }`),
      `    outputs:`,
      `      out: { type: file }`,
      `    with:`,
    );
    if (ups.length === 0) {
      yml.push(`      in0: data/${stepId(i)}.txt`);
      files[`data/${stepId(i)}.txt`] = `${shape} ${stepId(i)}\n`;
    } else {
      ups.forEach((up, j) => yml.push(`      in${j}: \${{ steps.${stepId(up)}.outputs.out }}`));
    }
  });
  files['pipeline.yml'] = `${yml.join('\n')}\n`;
  return files;
}

/**
 * The time the added latency alone costs a plan: each lookup takes `cost` ms and starts when
 * its upstream lookups are done and one of `slots` is free (first come, first served).
 */
export function latencyFloor(parents, cost, slots = LOOKUP_CONCURRENCY) {
  const done = [];
  const free = Array(slots).fill(0);
  // The earliest ready step goes next; ties in step order (the plan's order).
  const pending = new Set(parents.keys());
  while (pending.size > 0) {
    let next;
    for (const i of pending) {
      const ups = parents[i];
      if (!ups.every((u) => done[u] !== undefined)) continue;
      const at = Math.max(0, ...ups.map((u) => done[u]));
      if (!next || at < next.at) next = { i, at };
    }
    free.sort((a, b) => a - b);
    const start = Math.max(next.at, free[0]);
    free[0] = done[next.i] = start + cost;
    pending.delete(next.i);
  }
  return Math.max(...done);
}

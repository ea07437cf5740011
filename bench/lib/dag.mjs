// Synthetic step graphs, the same on every run: a seeded PRNG decides every random choice.

/** mulberry32: a small seeded PRNG; returns numbers in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Steps s0001..sN (bench/noop.mjs): step i reads 1-3 earlier steps, or, one time in ten and
 * always for the first, is a root reading `data` (16 random lines). `deps` are step ids.
 */
export function randomDag(n, seed) {
  const rand = mulberry32(seed ^ Math.imul(n, 0x9e3779b1));
  const width = Math.max(4, String(n).length);
  const id = (i) => `s${String(i + 1).padStart(width, '0')}`;
  const steps = [];
  for (let i = 0; i < n; i++) {
    const deps = [];
    if (i > 0 && rand() >= 0.1) {
      const k = Math.min(i, 1 + Math.floor(rand() * 3));
      while (deps.length < k) {
        const j = Math.floor(rand() * i);
        if (!deps.includes(j)) deps.push(j);
      }
      deps.sort((x, y) => x - y);
    }
    let data;
    if (deps.length === 0) {
      const lines = [];
      for (let l = 0; l < 16; l++) lines.push(`${id(i)} ${l} ${Math.floor(rand() * 1e9)}`);
      data = `${lines.join('\n')}\n`;
    }
    steps.push({ id: id(i), deps: deps.map(id), data });
  }
  return steps;
}

export const SHAPES = ['wide', 'chain', 'tree'];

/**
 * For each of `n` steps, the indexes of the earlier steps it reads ([] for a root):
 *   wide   10 independent chains of n/10
 *   chain  one chain of all steps
 *   tree   fan-in: each step reads 1-3 earlier steps picked at random
 */
export function shapedDag(shape, n) {
  if (shape === 'chain') return Array.from({ length: n }, (_, i) => (i === 0 ? [] : [i - 1]));
  if (shape === 'wide') {
    const length = Math.ceil(n / 10);
    return Array.from({ length: n }, (_, i) => (i % length === 0 ? [] : [i - 1]));
  }
  // Distinct parent sets, so no two steps share a key (their `run` text is the same).
  const rand = mulberry32(0x5eed);
  const used = new Set();
  const parents = [[]];
  for (let i = 1; i < n; i++) {
    const count = Math.min(i, 1 + Math.floor(rand() * 3));
    for (let tries = 0; ; tries++) {
      const picked = new Set();
      while (picked.size < count) picked.add(Math.floor(rand() * i));
      const set = [...picked].sort((a, b) => a - b);
      if (!used.has(set.join()) || tries > 100) {
        used.add(set.join());
        parents.push(set);
        break;
      }
    }
  }
  return parents;
}

/** The number of steps on the longest path through `parents` (from shapedDag). */
export function longestChain(parents) {
  const depth = [];
  parents.forEach((ups, i) => (depth[i] = 1 + Math.max(0, ...ups.map((u) => depth[u]))));
  return Math.max(...depth);
}

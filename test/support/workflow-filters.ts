import type { EventsConfig } from '@actions/workflow-parser/model/workflow-template';

/**
 * GitHub's filter patterns ("Filter pattern cheat sheet", Workflow syntax): `*` any run of
 * characters but `/`, `**` any run at all, `?` and `+` zero-or-one and one-or-more of the
 * character before, `[a-z0-9]` one listed character, `\` escapes. Anchored at both ends.
 */
export function patternToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) out += escape(pattern[++i]!);
    else if (c === '*' && pattern[i + 1] === '*') {
      out += '.*';
      i++;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?' || c === '+') out += c;
    else if (c === '[') {
      const close = pattern.indexOf(']', i);
      if (close < 0) throw new Error(`filter pattern ${pattern}: unclosed [`);
      out += `[${pattern.slice(i + 1, close).replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Patterns in order, the last one that matches decides: a `!pattern` after a positive one
 * excludes again what it matched ("Using positive and negative patterns").
 */
export function matchesPatterns(name: string, patterns: readonly string[]): boolean {
  let matched = false;
  for (const p of patterns) {
    const negated = p.startsWith('!');
    if (patternToRegExp(negated ? p.slice(1) : p).test(name)) matched = !negated;
  }
  return matched;
}

export type WorkflowEvent =
  /** `ref`: refs/heads/<branch> or refs/tags/<tag>. */
  | { name: 'push'; ref: string; changedFiles?: string[] }
  | {
      name: 'pull_request';
      number: number;
      /** Branch names, without refs/heads/. */
      base: string;
      head: string;
      fork?: boolean;
      /** The activity type; `synchronize` unless given. */
      action?: string;
      changedFiles?: string[];
    }
  | { name: 'merge_group'; base: string; number?: number }
  | {
      name: 'workflow_dispatch';
      /** refs/heads/main unless given. */
      ref?: string;
      inputs?: Record<string, string | number | boolean>;
    };

export type Trigger = { runs: true } | { runs: false; why: string };

type RefFilters = {
  branches?: string[];
  'branches-ignore'?: string[];
  tags?: string[];
  'tags-ignore'?: string[];
  paths?: string[];
  'paths-ignore'?: string[];
  types?: string[];
};

/** Default activity types when `types` is not given ("Events that trigger workflows"). */
const DEFAULT_TYPES: Record<string, string[]> = {
  pull_request: ['opened', 'synchronize', 'reopened'],
  merge_group: ['checks_requested'],
};

/** Whether `on:` starts a run for the event, per GitHub's branch, tag, path and type filters. */
export function triggers(events: EventsConfig, event: WorkflowEvent): Trigger {
  const config = events[event.name] as RefFilters | undefined;
  if (config === undefined) return { runs: false, why: `no \`on: ${event.name}\`` };
  switch (event.name) {
    case 'workflow_dispatch':
      return { runs: true };
    case 'push': {
      const tag = event.ref.startsWith('refs/tags/');
      if (!tag && !event.ref.startsWith('refs/heads/')) throw new Error(`push of ${event.ref}?`);
      const name = event.ref.replace(/^refs\/(heads|tags)\//, '');
      const kind = tag ? 'tags' : 'branches';
      const other = tag ? 'branches' : 'tags';
      // "If you define only tags/tags-ignore or only branches/branches-ignore, the workflow
      // won't run for events affecting the undefined Git ref."
      if (!hasFilter(config, kind) && hasFilter(config, other)) {
        return { runs: false, why: `only ${other} filters: a push of ${kind} does not run` };
      }
      const refs = refFilter(config, kind, name);
      if (!refs.runs || tag) return refs; // path filters are not evaluated for tag pushes
      return pathFilter(config, event.changedFiles);
    }
    case 'pull_request': {
      const types = config.types ?? DEFAULT_TYPES.pull_request!;
      const action = event.action ?? 'synchronize';
      if (!types.includes(action)) return { runs: false, why: `activity ${action} not in types` };
      const refs = refFilter(config, 'branches', event.base);
      return refs.runs ? pathFilter(config, event.changedFiles) : refs;
    }
    case 'merge_group': {
      const types = config.types ?? DEFAULT_TYPES.merge_group!;
      if (!types.includes('checks_requested'))
        return { runs: false, why: 'checks_requested not in types' };
      return refFilter(config, 'branches', event.base);
    }
  }
}

function hasFilter(config: RefFilters, kind: 'branches' | 'tags'): boolean {
  return config[kind] !== undefined || config[`${kind}-ignore`] !== undefined;
}

function refFilter(config: RefFilters, kind: 'branches' | 'tags', name: string): Trigger {
  const only = config[kind];
  const ignore = config[`${kind}-ignore`];
  if (only !== undefined && !matchesPatterns(name, only)) {
    return { runs: false, why: `${name} matches no ${kind} filter` };
  }
  if (ignore !== undefined && matchesPatterns(name, ignore)) {
    return { runs: false, why: `${name} matches ${kind}-ignore` };
  }
  return { runs: true };
}

/**
 * `paths`: a run when at least one changed file matches; `paths-ignore`: no run when every
 * changed file matches.
 */
function pathFilter(config: RefFilters, changed: string[] | undefined): Trigger {
  if (config.paths === undefined && config['paths-ignore'] === undefined) return { runs: true };
  if (changed === undefined) throw new Error('the workflow has path filters: give changedFiles');
  if (config.paths !== undefined && !changed.some((f) => matchesPatterns(f, config.paths!))) {
    return { runs: false, why: 'no changed file matches paths' };
  }
  const ignore = config['paths-ignore'];
  if (ignore !== undefined && changed.every((f) => matchesPatterns(f, ignore))) {
    return { runs: false, why: 'every changed file matches paths-ignore' };
  }
  return { runs: true };
}

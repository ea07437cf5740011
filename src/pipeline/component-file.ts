import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { buildComponent } from './component.js';
import type { PathIssue } from './paths.js';
import { resolveRepoPath } from './paths.js';
import { asRecord } from './narrow.js';
import { checkSchema } from './schema-check.js';
import type { Component, RepoView } from './types.js';
import { duplicateKey, parseYaml, reporter } from './yaml-source.js';

interface UsesIssue {
  code: PathIssue['code'] | 'unknown-component';
  message: string;
}

type Loaded = { component?: Component } | { issue: UsesIssue };

/**
 * Loads the component a `uses` names, once per folder however many steps use it; its own
 * problems are reported in its component.yml, a bad `uses` is returned for each step.
 */
export class ComponentFiles {
  private readonly loaded = new Map<string, Loaded>();

  constructor(
    private readonly repo: RepoView,
    /** The pipeline file's folder as the user named it, to display component paths. */
    private readonly displayRoot: string,
    private readonly diagnostics: Diagnostic[],
  ) {}

  load(uses: string): Loaded {
    const resolved = resolveRepoPath('', uses);
    if (!('path' in resolved)) return { issue: resolved };
    let result = this.loaded.get(resolved.path);
    if (!result) {
      result = this.read(uses, resolved.path);
      this.loaded.set(resolved.path, result);
    }
    return result;
  }

  private read(uses: string, dir: string): Loaded {
    const issue = this.checkFolder(uses, dir);
    if (issue) return { issue };
    const file = posix.join(dir, 'component.yml');
    const text = this.repo.readText(file);
    if (text === undefined) {
      return { issue: { code: 'unknown-component', message: `cannot read ${file}` } };
    }
    const display = posix.join(this.displayRoot, file);
    if (typeof text !== 'string') {
      const { notText: message, line, column } = text;
      this.diagnostics.push({ code: 'yaml-syntax', message, file: display, line, column });
      return {};
    }
    const parsed = parseYaml(display, text, { duplicate: duplicateKey });
    this.diagnostics.push(...parsed.diagnostics);
    if (!parsed.yaml) return {};
    const report = reporter(parsed.yaml, this.diagnostics);
    checkSchema('component', parsed.yaml.value, report);
    const value = asRecord(parsed.yaml.value);
    if (!value) return {};
    const component = buildComponent(value, { at: [], dir, file, report, repo: this.repo });
    return component ? { component } : {};
  }

  private checkFolder(uses: string, dir: string): UsesIssue | undefined {
    if (/@|:\/\//.test(uses)) {
      const message = `\`${uses}\` is not a folder: pipekit components are folders in this repository, e.g. ./steps/train`;
      return { code: 'unknown-component', message };
    }
    const folder = this.repo.stat(dir === '' ? '.' : dir);
    const file = this.repo.stat(posix.join(dir, 'component.yml'));
    if (folder === 'outside' || file === 'outside') {
      return {
        code: 'path-escape',
        message: `\`${uses}\` resolves (through a symlink) outside the repository`,
      };
    }
    if (folder === 'missing') {
      return { code: 'unknown-component', message: `no folder \`${uses}\`` };
    }
    if (folder === 'file') {
      return {
        code: 'unknown-component',
        message: `\`${uses}\` is a file; \`uses\` names a folder holding component.yml`,
      };
    }
    if (file !== 'file') {
      return { code: 'unknown-component', message: `\`${uses}\` has no component.yml` };
    }
    return undefined;
  }
}

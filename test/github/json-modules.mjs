// A Node module hook for the tests: @actions/workflow-parser imports its JSON schemas
// without `with { type: 'json' }`, which Node 20 refuses ("needs an import attribute of
// type json"). This serves those files as ES modules exporting the parsed document.
// Registered by test/github/lint.ts before it imports the parser.
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    const text = await readFile(new URL(url), 'utf8');
    return { format: 'module', source: `export default ${text};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}

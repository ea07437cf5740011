import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pure core takes values and returns values: no I/O, no environment, no @actions/*.
const ioModules = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'child_process',
  'node:child_process',
];
// I/O folders: the pure core may not reach into them, not even for a type.
const ioFolders = ['cache', 'executor', 'workspace', 'cli', 'action'];
const pureRestriction = {
  'no-restricted-imports': [
    'error',
    {
      paths: ioModules.map((name) => ({ name, message: 'The pure core does no I/O.' })),
      patterns: [
        {
          group: ['@actions/*'],
          message: 'Only src/action and src/cache/actions* use @actions/*.',
        },
        {
          group: [
            ...ioFolders.flatMap((folder) => [`../${folder}/*`, `../../${folder}/*`]),
            '../hash/*',
            '!../hash/key.js',
          ],
          message:
            'The pure core (pipeline, records, plan, github, report, hash/key) imports no I/O folder: see docs/architecture.md.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'The pure core reads no environment.' },
  ],
  'no-console': 'error',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.build/', 'coverage/', 'templates/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/action/**', 'src/cache/actions*'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'Only src/action and src/cache/actions* use @actions/*.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/pipeline/**',
      'src/records/**',
      'src/hash/key.ts',
      'src/plan/**',
      'src/github/**',
      'src/report/**',
      'src/scaffold/**',
      'src/diagnostics.ts',
      'src/errors.ts',
      'src/version.ts',
    ],
    rules: pureRestriction,
  },
);

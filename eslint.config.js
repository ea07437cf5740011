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
      'src/hash/key.ts',
      'src/plan/**',
      'src/github/**',
      'src/report/**',
      'src/diagnostics.ts',
    ],
    rules: pureRestriction,
  },
);

// Next's rules, React hooks and typescript-eslint, assembled directly (eslint-config-next pulls
// a resolver whose platform binaries are missing from the registry here, breaking `npm ci`).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '.next/**',
    '.data/**',
    'node_modules/**',
    'lib/db/generated/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
  ...tseslint.configs.recommended,
  {
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // E-mails are standalone HTML documents rendered to strings, not Next pages.
    files: ['emails/**/*.tsx'],
    rules: { '@next/next/no-head-element': 'off' },
  },
  {
    // lib/ is the business layer: it must never reach into routes.
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/app/*', '**/app/*'], message: 'lib/ nie importuje z app/.' }] },
      ],
    },
  },
]);

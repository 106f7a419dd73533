// Next's rules, React hooks and typescript-eslint, assembled directly (eslint-config-next pulls
// a resolver whose platform binaries are missing from the registry here, breaking `npm ci`).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import planeta from './eslint/no-polish-literals.mjs';

// planeta/no-polish-literals: Polish text belongs in the catalogue (lib/i18n/pl/*). The one list of
// files allowed to hold it anyway, each with the reason (every e-mail template reads the catalogue).
const POLISH_ALLOWED = [
  'lib/i18n/pl/**', // the Polish catalogue itself
  'lib/demo/**', // demo data (courses, the demo family, the seed)
  'lib/groups/agreement/agreement-text.ts', // legal text of the agreement
  'lib/invoices/amount-in-words.ts', // Polish grammar (amounts in words on invoices), not UI text
  'lib/invoices/legal-wording.ts', // the invoice's legally required Polish wording
  'lib/invoices/sample-seller.ts', // the sample seller used when none is configured (demo data)
  'lib/legal/terms/**', // the versioned terms (legal text, rendered by app/regulamin)
  'lib/legal/privacy/**', // the versioned privacy policies (legal text, rendered by app/prywatnosc)
  'lib/legal/shared-text.ts', // seller identification and the statutory withdrawal form (legal text)
  'app/rodzina/regulamin/**', // family terms of service (legal text)
  'lib/payments/payu/simulator/**', // imitates PayU's own Polish pages
  'lib/invoices/ksef/simulator/**', // imitates KSeF's own Polish status texts and verification pages
  'lib/live/bbb/simulator/**', // the BBB simulator's own pages (room, playback), a dev tool outside the app
  'lib/format/transliterate.ts', // transliteration table (Polish letters are data)
  'lib/format/plural.ts', // grammar table
];

function noPolishLiterals(files, level) {
  return [{ files, ignores: POLISH_ALLOWED, plugins: { planeta }, rules: { 'planeta/no-polish-literals': level } }];
}

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
  // Polish literals are an error in lib/, app/ and components/ (the files in POLISH_ALLOWED aside).
  ...noPolishLiterals(
    ['lib/**/*.ts', 'lib/**/*.tsx', 'app/**/*.ts', 'app/**/*.tsx', 'components/**/*.ts', 'components/**/*.tsx'],
    'error',
  ),
]);

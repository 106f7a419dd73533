import { describe, it } from 'vitest';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { noPolishLiterals } from '@/eslint/no-polish-literals.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});
const polish = [{ messageId: 'polish' }];

describe('no-polish-literals', () => {
  tester.run('no-polish-literals', noPolishLiterals, {
    valid: [
      // Catalogue keys and codes, English text, and Polish only in comments.
      { code: "throw new UserError('groups.loginRace');" },
      { code: 'const label = m.orders.status[order.status];' },
      { code: '// Zamówienie zostało opłacone.\nconst s = "paid";' },
      { code: '/* Łódź, Gdańsk */ const city = `${name} city`;' },
      { code: 'const el = <p>{m.panel.title}</p>;', filename: 'page.tsx' },
      { code: 'const el = <p>Plain English</p>;', filename: 'page.tsx' },
    ],
    invalid: [
      { code: "throw new Error('Zamówienie nie istnieje');", errors: polish },
      { code: 'const t = `Zapłać ${amount} zł`;', errors: polish },
      { code: 'const el = <p>Zaloguj się</p>;', filename: 'page.tsx', errors: polish },
      { code: 'const el = <input placeholder="Wpisz imię" />;', filename: 'page.tsx', errors: polish },
    ],
  });
});

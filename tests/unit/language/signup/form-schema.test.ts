import { describe, expect, it } from 'vitest';
import { signupSchemas } from '@/lib/language/signup/form-schema';
import { messages } from '@/lib/i18n';

const { guest: guestSignupSchema, member: memberSignupSchema } = signupSchemas();
import { preselectedLevel } from '@/lib/language/signup/signup-page';

const form = (over: Record<string, unknown> = {}) => ({
  firstName: 'María',
  lastName: 'González',
  email: 'Maria@Example.com ',
  birthDate: '1995-04-12',
  level: 'A2',
  plan: 'MONTHLY',
  terms: 'on',
  withdrawalReceived: 'on',
  ...over,
});

const errorsOf = (over: Record<string, unknown>) => {
  const r = guestSignupSchema.safeParse(form(over));
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the sign-up form schema', () => {
  it('accepts a visitor’s form and keeps the address lower-case', () => {
    const r = guestSignupSchema.parse(form());
    expect(r.email).toBe('maria@example.com');
    expect(r.immediateStart).toBeUndefined();
  });

  it.each([
    ['an e-mail without a domain', { email: 'maria@' }, 'email', /poprawny adres e-mail/],
    ['no e-mail', { email: '' }, 'email', /Podaj adres e-mail/],
    ['two @', { email: 'a@b@c.pl' }, 'email', /poprawny adres e-mail/],
    ['no date of birth', { birthDate: '' }, 'birthDate', /datę urodzenia/],
    ['an impossible date of birth', { birthDate: '1995-02-30' }, 'birthDate', /datę urodzenia/],
    ['a level that is no CEFR level', { level: 'X9' }, 'level', /Wybierz poziom/],
    ['an unknown plan', { plan: 'WEEKLY' }, 'plan', /plan płatności/],
    ['the terms not accepted', { terms: undefined }, 'terms', /zaakceptuj regulamin/],
    ['the withdrawal kit not confirmed', { withdrawalReceived: undefined }, 'withdrawalReceived', /pouczenia/],
    ['a phone with letters', { phone: 'abc' }, 'phone', /numer telefonu/],
  ])('refuses %s beside the field', (_, over, field, text) => {
    expect(errorsOf(over)[field]).toMatch(text);
  });

  it('a signed-in person gives no name or address', () => {
    const { firstName: _f, lastName: _l, email: _e, ...rest } = form();
    expect(memberSignupSchema.safeParse(rest).success).toBe(true);
    expect(guestSignupSchema.safeParse(rest).success).toBe(false);
  });

  it.each(['en', 'uk'] as const)('refuses in the signer’s language (%s)', (locale) => {
    const r = signupSchemas(locale).guest.safeParse(form({ terms: undefined, firstName: '' }));
    // The first refusal of a field is the one shown beside it (fieldErrorsOf).
    const errors: Record<string, string> = {};
    for (const i of r.success ? [] : r.error.issues) errors[i.path.join('.')] ??= i.message;
    const m = messages(locale);
    expect(errors.terms).toBe(m.languageSignup.errors.terms);
    expect(errors.firstName).toBe(m.auth.fields.nameRequired(m.auth.fields.firstName));
    expect(errors.terms).not.toBe(messages('pl').languageSignup.errors.terms);
  });
});

describe('the level preselected on the sign-up page', () => {
  it.each([
    ['the address names an offered level', ['A1', 'A2', 'B1'], 'b1', 'A2', 'B1'],
    ['the address names none: the placement result', ['A1', 'A2', 'B1'], undefined, 'A2', 'A2'],
    ['a level not offered falls back to the placement', ['A1', 'A2'], 'C1', 'A2', 'A2'],
    ['nothing known: the first level', ['A1', 'A2'], undefined, null, 'A1'],
  ])('%s', (_, offered, query, placement, expected) => {
    expect(preselectedLevel(offered, query, placement)).toBe(expected);
  });
});

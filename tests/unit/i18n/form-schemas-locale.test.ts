// Each form schema built per language refuses in that language: the same bad field gives the
// English catalogue's text in English and the Polish one in Polish (and the two differ).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { messages, type Messages } from '@/lib/i18n';
import { authSchemas } from '@/lib/auth/schemas';
import { familySchemas, familyOrderSchema } from '@/lib/families/schemas';
import { privacySchemas } from '@/lib/privacy/schemas';
import { staffSchemas } from '@/lib/staff/schemas';
import { supportSchemas } from '@/lib/support/schemas';
import { licenceOrderSchemas } from '@/lib/licence/order-form';
import { centreSchema, groupSchema } from '@/lib/centres/panel/forms';
import { enrolFormErrors, enrolFormSchema } from '@/lib/centres/enrol/form-schema';
import { addressSchema } from '@/lib/invoices/address-schema';
import { taxIdSchemas } from '@/lib/invoices/tax/nip';
import { checkoutSchemaFor } from '@/lib/orders/checkout-schema';
import { passwordProblems } from '@/lib/groups/accounts/passwords';

type Case = [
  name: string,
  schema: (locale: string) => z.ZodType,
  input: unknown,
  field: string,
  text: (m: Messages) => string,
];

const CASES: Case[] = [
  [
    'registration: a short password',
    (l) => authSchemas(l).registerSchema,
    { password: 'a1' },
    'password',
    (m) => m.auth.fields.passwordMin,
  ],
  [
    'password reset: a bad e-mail',
    (l) => authSchemas(l).requestResetSchema,
    { email: 'nope' },
    'email',
    (m) => m.auth.fields.emailFormat,
  ],
  [
    'parent registration: the phone',
    (l) => familySchemas(l).parentRegistrationSchema,
    { phone: 'abc' },
    'phone',
    (m) => m.families.fields.phone,
  ],
  [
    'a child: the full name',
    (l) => familySchemas(l).addChildSchema,
    { fullName: 'A' },
    'fullName',
    (m) => m.families.fields.childNameRequired,
  ],
  [
    'the family order: the terms',
    (l) => familyOrderSchema(l),
    { checkoutKey: 'k'.repeat(16), payMethod: 'blik' },
    'terms',
    (m) => m.families.fields.orderTerms,
  ],
  [
    'the profile: the phone',
    (l) => privacySchemas(l).profileSchema,
    { firstName: 'Anna', lastName: 'Nowak', phone: 'x' },
    'phone',
    (m) => m.privacy.fields.phone,
  ],
  [
    'a privacy request: too short',
    (l) => privacySchemas(l).privacyRequestSchema,
    { kind: 'OTHER', details: 'short' },
    'details',
    (m) => m.privacy.fields.detailsMin,
  ],
  [
    'a staff invitation: the role',
    (l) => staffSchemas(l).inviteSchema,
    { email: 'a@b.pl', firstName: 'Anna', lastName: 'Nowak', role: 'KING' },
    'role',
    (m) => m.staff.team.fields.role,
  ],
  [
    'the contact form: an empty message',
    (l) => supportSchemas(l).contactSchema,
    { name: 'Anna', email: 'a@b.pl', topic: 'OTHER', message: ' ' },
    'message',
    (m) => m.support.errors.required,
  ],
  [
    'the licence order: the school name',
    (l) => licenceOrderSchemas(l).memberOrderSchema,
    {},
    'schoolName',
    (m) => m.licence.order.errors.schoolName,
  ],
  [
    'the licence order: the NIP',
    (l) => licenceOrderSchemas(l).memberOrderSchema,
    { nip: '123' },
    'nip',
    (m) => m.checkout.fields.nip,
  ],
  ['a centre: a required field', (l) => centreSchema(l), { name: ' ' }, 'name', (m) => m.centresPanel.form.required],
  [
    'a centre group: the price',
    (l) => groupSchema(l),
    { priceAnnual: '0' },
    'priceAnnual',
    (m) => m.centresPanel.errors.price,
  ],
  [
    'the enrolment: the plan',
    (l) => enrolFormSchema(l),
    { centreGroupId: 'g', plan: 'x', payMethod: 'LINK', child: 'new' },
    'plan',
    (m) => m.centresEnrol.errors.planMissing,
  ],
  [
    'an invoice address: the street',
    (l) => addressSchema(l),
    { city: 'Berlin', country: 'DE', postalCode: '10115' },
    'street',
    (m) => m.invoices.fields.street,
  ],
  [
    'the checkout: a company without NIP',
    (l) => checkoutSchemaFor(l as 'pl'),
    { checkoutKey: 'k'.repeat(16), buyerType: 'COMPANY', payMethod: 'blik', terms: 'on', companyName: 'X' },
    'nip',
    (m) => m.checkout.fields.nipMissing,
  ],
  ['a postal code', (l) => taxIdSchemas(l).postalCodeSchema, '00950', '', (m) => m.checkout.fields.postalCode],
];

const issueAt = (schema: z.ZodType, input: unknown, field: string) => {
  const r = schema.safeParse(input);
  expect(r.success).toBe(false);
  return r.error?.issues.find((i) => i.path.join('.') === field)?.message;
};

describe('form schemas built per language', () => {
  it.each(CASES)('%s: English in English, Polish in Polish', (_name, schema, input, field, text) => {
    expect(text(messages('en'))).not.toBe(text(messages('pl')));
    expect(issueAt(schema('en'), input, field)).toBe(text(messages('en')));
    expect(issueAt(schema('pl'), input, field)).toBe(text(messages('pl')));
  });

  it('builds each language once and reads an unknown one as Polish', () => {
    expect(authSchemas('en')).toBe(authSchemas('en'));
    expect(authSchemas('xx')).toBe(authSchemas('pl'));
    expect(authSchemas('en')).not.toBe(authSchemas('pl'));
  });

  it('checks the enrolment form whole in the language', () => {
    const form = enrolFormSchema('en').parse({
      centreGroupId: 'g',
      plan: 'centre-ten',
      payMethod: 'LINK',
      child: 'c1',
    });
    expect(enrolFormErrors(form, false, 'en')).toEqual({
      fieldErrors: { terms: messages('en').centresEnrol.errors.terms },
    });
    expect(enrolFormErrors(form, false)).toEqual({ fieldErrors: { terms: messages('pl').centresEnrol.errors.terms } });
  });

  it("names a participant's password problems in the language", () => {
    expect(passwordProblems('short1', {}, 'en')).toEqual([messages('en').auth.fields.passwordMin]);
    expect(passwordProblems('short1', { login: 'short1' }, 'en')).toContain(
      messages('en').groups.rows.passwordIsIdentity,
    );
    expect(passwordProblems('short1')).toEqual([messages('pl').auth.fields.passwordMin]);
  });
});

// The enrolment form's fields (zod) and the checks that need the whole form — a guest's data, a new
// child's name and day of birth, the terms — so the first submit shows every field's error at once.
import { z } from 'zod';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import type { FieldErrors } from '@/lib/errors';
import type { EnrolInput } from './enrol';
import { CENTRE_PAY_METHODS, CENTRE_PLANS } from './options';

const t = (locale?: string) => messages(locale).centresEnrol.errors;
const text = z.string().trim().max(200).optional();

/** The form's fields, their refusals in the reader's language (built once per language). */
export const enrolFormSchema = perLocale((_, locale) =>
  z.object({
    centreGroupId: z.string().min(1).max(64),
    plan: z.enum(CENTRE_PLANS, { error: () => t(locale).planMissing }),
    payMethod: z.enum(CENTRE_PAY_METHODS, { error: () => t(locale).payMethodMissing }),
    child: z
      .string({ error: () => t(locale).childMissing })
      .min(1)
      .max(64),
    childFirstName: text,
    childLastName: text,
    childBirthDate: text,
    firstName: text,
    lastName: text,
    email: text,
    phone: text,
    sibling: text,
    referralEmail: text,
    continuation: z.literal('on').optional(),
    terms: z.literal('on').optional(),
    immediateStart: z.literal('on').optional(),
  }),
);

export type EnrolForm = z.output<ReturnType<typeof enrolFormSchema>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s-]{9,20}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function enrolFormErrors(
  f: EnrolForm,
  guest: boolean,
  locale?: string,
): { input: EnrolInput } | { fieldErrors: FieldErrors } {
  const e: FieldErrors = {};
  if (guest) {
    if (!f.firstName) e.firstName = t(locale).firstName;
    if (!f.lastName) e.lastName = t(locale).lastName;
    if (!f.email || !EMAIL.test(f.email)) e.email = t(locale).email;
    if (!f.phone || !PHONE.test(f.phone)) e.phone = t(locale).phone;
  }
  if (f.child === 'new') {
    if (!f.childFirstName) e.childFirstName = t(locale).childFirstName;
    if (!f.childLastName) e.childLastName = t(locale).childLastName;
    if (!f.childBirthDate || !DAY.test(f.childBirthDate)) e.childBirthDate = t(locale).birthDate;
  }
  if (!f.terms) e.terms = t(locale).terms;
  if (Object.keys(e).length > 0) return { fieldErrors: e };
  return {
    input: {
      centreGroupId: f.centreGroupId,
      plan: f.plan,
      payMethod: f.payMethod,
      child: f.child,
      childFirstName: f.childFirstName,
      childLastName: f.childLastName,
      childBirthDate: f.childBirthDate,
      parent: guest ? { firstName: f.firstName!, lastName: f.lastName!, email: f.email!, phone: f.phone! } : undefined,
      sibling: f.sibling || undefined,
      referralEmail: f.referralEmail || undefined,
      continuation: f.continuation === 'on',
      immediateStart: f.immediateStart === 'on',
    },
  };
}

// The panel's forms parsed into the centre services' inputs: a centre (the continuation discount
// typed as a percent or in złoty), a programme, and a school year's group (prices in złoty).
import { z } from 'zod';
import type { Messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { parseZloty } from '@/lib/format/money';
import type { CentreInput, ProgrammeInput } from '@/lib/centres/catalogue/save';
import type { NewCentreGroup } from '@/lib/centres/groups/create';

/** The field rules with their texts in one language. */
function fields(m: Messages) {
  const t = m.centresPanel.form;
  const e = m.centresPanel.errors;
  return {
    t,
    e,
    required: (max = 120) => z.string().trim().min(1, t.required).max(max),
    optional: (max = 200) => z.string().trim().max(max).optional(),
    int: (min: number, max: number) => z.coerce.number(t.number).int(t.number).min(min).max(max),
    optionalDay: () => z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t.day)]).optional(),
    day: () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t.day),
    flag: () => z.literal('on').optional(),
    /** Złoty as staff type them ("3200", "3 200,00 zł"), more than zero. */
    price: () =>
      z
        .string()
        .trim()
        .refine((s) => (parseZloty(s) ?? 0) > 0, e.price),
  };
}

export const idSchema = z.object({ id: z.string().min(1) });

/** The centre form, its refusals in the reader's language. */
export const centreSchema = perLocale((m) => {
  const { t, required, optional, optionalDay, flag } = fields(m);
  return z.object({
    id: z.string().optional(),
    name: required(),
    kind: z.enum(['CENTRE', 'PARTNER_SCHOOL']),
    city: required(60),
    street: required(),
    postalCode: z.string().trim(),
    phone: optional(40),
    email: optional(120),
    continuationKind: z.enum(['PERCENT', 'AMOUNT']),
    continuationValue: z.string().trim().min(1, t.required),
    continuationFrom: optionalDay(),
    continuationTo: optionalDay(),
    active: flag(),
  });
});

/**
 * "10" or "10,5 %" → basis points (1000, 1050); "200" zł → grosze (20000): a percent's hundredths
 * are basis points as złoty's are grosze, so one parser reads both. null when it is not a number.
 */
export const continuationValue = (text: string): number | null => parseZloty(text.replace(/\s*%$/, ''));

export function toCentreInput(i: z.output<ReturnType<typeof centreSchema>>): CentreInput {
  // Not a number: 0, which the centre's own check refuses beside the field with the others.
  const value = continuationValue(i.continuationValue) ?? 0;
  return {
    name: i.name,
    kind: i.kind,
    city: i.city,
    street: i.street,
    postalCode: i.postalCode,
    phone: i.phone || null,
    email: i.email || null,
    continuationKind: i.continuationKind,
    continuationValue: value,
    continuationFrom: i.continuationFrom || null,
    continuationTo: i.continuationTo || null,
    active: i.active === 'on',
  };
}

export const programmeSchema = perLocale((m) => {
  const { required, optional, int, flag } = fields(m);
  return z.object({
    id: z.string().optional(),
    name: required(),
    subject: required(60),
    minAge: int(3, 19),
    maxAge: int(3, 19),
    description: optional(1000),
    active: flag(),
  });
});

export function toProgrammeInput(i: z.output<ReturnType<typeof programmeSchema>>): ProgrammeInput {
  return { ...i, description: i.description || null, active: i.active === 'on' };
}

export const groupSchema = perLocale((m) => {
  const { e, required, int, day, price, flag } = fields(m);
  return z.object({
    centreId: required(),
    programmeId: required(),
    schoolYear: int(2000, 2100),
    teacherId: required(),
    weekday: int(1, 7),
    startTime: required(5),
    durationMinutes: int(1, 480),
    breakMinutes: int(0, 479),
    firstDay: day(),
    classes: z.coerce.number(e.classes).int(e.classes).min(1, e.classes).max(60, e.classes),
    capacity: z.coerce.number(e.capacity).int(e.capacity).min(6, e.capacity).max(12, e.capacity),
    priceAnnual: price(),
    priceHalf: price(),
    priceTen: price(),
    starterPack: flag(),
  });
});

export function toNewCentreGroup(i: z.output<ReturnType<typeof groupSchema>>): NewCentreGroup {
  return {
    ...i,
    // The schema let only positive amounts through.
    priceAnnual: parseZloty(i.priceAnnual)!,
    priceHalf: parseZloty(i.priceHalf)!,
    priceTen: parseZloty(i.priceTen)!,
    weekday: i.weekday as NewCentreGroup['weekday'],
    starterPack: i.starterPack === 'on',
  };
}

const dayText = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

/** A stored centre as the form's fields (the discount back in percent or złoty). */
export function centreFormValues(c: {
  id: string;
  name: string;
  kind: string;
  city: string;
  street: string;
  postalCode: string;
  phone: string | null;
  email: string | null;
  continuationKind: string;
  continuationValue: number;
  continuationFrom: Date | null;
  continuationTo: Date | null;
  active: boolean;
}): Record<string, string> {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    city: c.city,
    street: c.street,
    postalCode: c.postalCode,
    phone: c.phone ?? '',
    email: c.email ?? '',
    continuationKind: c.continuationKind,
    continuationValue: String(c.continuationValue / 100).replace('.', ','),
    continuationFrom: dayText(c.continuationFrom),
    continuationTo: dayText(c.continuationTo),
    active: c.active ? 'on' : 'off',
  };
}

/** A stored programme as the form's fields. */
export function programmeFormValues(p: {
  id: string;
  name: string;
  subject: string;
  minAge: number;
  maxAge: number;
  description: string | null;
  active: boolean;
}): Record<string, string> {
  return {
    id: p.id,
    name: p.name,
    subject: p.subject,
    minAge: String(p.minAge),
    maxAge: String(p.maxAge),
    description: p.description ?? '',
    active: p.active ? 'on' : 'off',
  };
}

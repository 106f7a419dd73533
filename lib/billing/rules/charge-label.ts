// A charge's label as a catalogue key with its parameters (issue 24): stored with the charge, so
// each reader sees it in their own language at display time, while the Polish text stored beside
// it (ContractCharge.label) stays what invoices and pro-formas print. Rows written before the key
// existed have none and are shown as stored, marked as Polish.
import { z } from 'zod';
import { messages } from '@/lib/i18n';
import { formatDate } from '@/lib/format/time';
import { dayToDate, type Day } from './days';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const labelKeySchema = z.discriminatedUnion('key', [
  z.object({ key: z.enum(['full', 'starterPack', 'settlement', 'topUp']) }),
  z.object({ key: z.enum(['month', 'proforma']), from: day, to: day }),
  z.object({ key: z.literal('period'), n: z.number().int(), from: day, to: day }),
  z.object({ key: z.literal('instalment'), n: z.number().int(), of: z.number().int() }),
]);

/** What ContractCharge.labelKey holds. */
export type ChargeLabelKey = z.infer<typeof labelKeySchema>;

/** The label in a language (Polish by default: the text stored for invoices). */
export function chargeLabelText(k: ChargeLabelKey, locale?: string): string {
  const t = messages(locale).billing.charge;
  const d = (x: Day) => formatDate(dayToDate(x), locale);
  switch (k.key) {
    case 'full':
    case 'starterPack':
    case 'settlement':
    case 'topUp':
      return t[k.key];
    case 'month':
    case 'proforma':
      return t[k.key](d(k.from), d(k.to));
    case 'period':
      return t.period(k.n, d(k.from), d(k.to));
    case 'instalment':
      return t.instalment(k.n, k.of);
  }
}

/** A draft's label: the key to store and the Polish text stored with it. */
export const labelled = (k: ChargeLabelKey) => ({ label: chargeLabelText(k, 'pl'), labelKey: k });

/**
 * What a reader sees: the key rendered in their language, or, for a row without a (readable) key,
 * the stored Polish label with `lang: 'pl'` so the page marks it as Polish.
 */
export function chargeLabel(
  stored: { label: string; labelKey?: unknown },
  locale?: string,
): { text: string; lang?: 'pl' } {
  const k = labelKeySchema.safeParse(stored.labelKey);
  if (k.success) return { text: chargeLabelText(k.data, locale) };
  return locale === undefined || locale === 'pl' ? { text: stored.label } : { text: stored.label, lang: 'pl' };
}

// Amounts in e-mails, formatted in the recipient's language when the message is rendered. Props
// carry minor units and a currency; a message queued before that (a formatted Polish amount) is
// shown as stored.
import { formatMoney } from '@/lib/format/money';
import type { Locale } from '@/lib/i18n';

/** 123450, 'PLN' → "1234,50 zł" / "PLN 1,234.50"; a string (an older row) as it is. */
export const mailMoney = (value: number | string, currency: string | undefined, locale: Locale) =>
  typeof value === 'number' ? formatMoney(value, currency ?? 'PLN', locale) : value;

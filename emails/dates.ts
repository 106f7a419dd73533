// Dates in e-mails, formatted in the recipient's language when the message is rendered. Props
// carry ISO timestamps; a message queued before that (a formatted Polish date) is shown as stored.
import { formatDate, formatDateTime } from '@/lib/format/time';
import type { Locale } from '@/lib/i18n';

const ISO = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

function parsed(value: string): Date | null {
  if (!ISO.test(value)) return null;
  // A bare day ("2026-12-03", as to_char writes a due date) is that day in Warsaw: noon UTC is on it.
  const d = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "3 December 2026" from an ISO timestamp or day; anything else as it is. */
export const mailDate = (value: string, locale: Locale) => {
  const d = parsed(value);
  return d ? formatDate(d, locale) : value;
};

/** "3 December 2026, 16:20" from an ISO timestamp; anything else as it is. */
export const mailDateTime = (value: string, locale: Locale) => {
  const d = parsed(value);
  return d ? formatDateTime(d, locale) : value;
};

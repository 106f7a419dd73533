// File sizes as people read them (lesson attachments, refused uploads): binary units, the
// language's decimal mark ("1,4 MB" in Polish, "1.4 MB" in English).
import { perLocale } from './intl-tag';

const oneDecimal = perLocale(
  (tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
);

/** "12 KB", "1,4 MB" (Polish, the default), "1.4 MB" (English). */
export function fileSize(bytes: number, locale?: string): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${oneDecimal(locale).format(bytes / 1024 / 1024)} MB`;
}

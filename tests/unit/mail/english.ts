// What "no Polish" means for an e-mail rendered in English: no Polish letter and none of the
// common Polish words of these e-mails, outside URLs (ours are Polish by design) and proper names
// (the seller's name, address and registry court).
import { expect } from 'vitest';
import { seller } from '@/lib/invoices/seller';

export const POLISH =
  /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]|\b(Dzień|dobry|zamówieni[ea]|Twoj[ea]?|jest|oraz|przez|się|umow[aey]|termin|wniosek|reklamacj[aię]|Zobacz|Moje|kwota|rabat|Zapłać|Otwórz)\b/;

const withoutUrls = (t: string) => t.replace(/https?:\/\/\S+/g, ' ');

export const visible = (html: string) => withoutUrls(html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' '));

export const properNames = (t: string) => {
  const s = seller();
  return [s.name, ...s.addressLines, s.registryCourt ?? ''].reduce((out, n) => (n ? out.split(n).join(' ') : out), t);
};

export function expectEnglish(r: { subject: string; html: string; text: string }) {
  expect(r.subject).not.toMatch(POLISH);
  expect(properNames(visible(r.html))).not.toMatch(POLISH);
  expect(properNames(withoutUrls(r.text))).not.toMatch(POLISH);
  expect(r.html).toContain('<html lang="en">');
}

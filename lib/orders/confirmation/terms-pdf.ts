// The terms as a PDF, exactly the version an order recorded: the same typed document the
// /regulamin page renders (lib/legal), with § numbering, lettered points and the annexes.
import type { LegalDocument } from '@/lib/legal/document';
import { formatDate, fromWarsaw } from '@/lib/format/time';
import { messages, type Locale } from '@/lib/i18n';
import { contractPdf, heading, list, paragraph, title } from './pdf-text';

const day = (key: string) => {
  const [y, m, d] = key.split('-').map(Number);
  return fromWarsaw(y!, m!, d!, 12);
};
const letter = (i: number) => `${String.fromCharCode(97 + (i % 26))})`;

/**
 * `accepted` names the order and when it accepted this version, printed under the title; a `locale`
 * other than Polish marks `doc` (then the version's translation) as a courtesy translation.
 */
export function renderTermsPdf(
  doc: LegalDocument,
  accepted?: { order: string; at: string },
  locale: Locale = 'pl',
): Promise<Buffer> {
  const t = messages(locale).contract.pdf.terms;
  const effective = day(doc.effectiveFrom);
  return contractPdf(
    doc.title,
    effective,
    (pdf) => {
      title(pdf, doc.title, t.version(doc.version, formatDate(effective, locale)));
      if (accepted) paragraph(pdf, t.accepted(accepted.order, accepted.at), { size: 9, grey: true });
      if (doc.intro) paragraph(pdf, doc.intro);
      doc.sections.forEach((s, n) => {
        heading(pdf, t.section(n + 1, s.title));
        s.clauses.forEach((c, i) => {
          const text = typeof c === 'string' ? c : c.text;
          list(pdf, [text], () => `${i + 1}.`);
          if (typeof c !== 'string') list(pdf, c.points, letter, 18);
        });
      });
      for (const a of doc.annexes) {
        pdf.addPage();
        heading(pdf, a.title);
        for (const line of a.lines) paragraph(pdf, line);
      }
    },
    locale,
  );
}

// The withdrawal kit for a consumer who kept the right: the instruction worded as annex 1 to the
// u.p.k. with this order's term, and the model form of annex 2 prefilled with the seller, the
// order's number and items, leaving the consumer's name, address, signature and date blank. A
// child's package keeps the same right through the family page, with the §5.3 set-off explained.
import { formatDate, formatLastDay } from '@/lib/format/time';
import { messages, type Locale } from '@/lib/i18n';
import type { Seller } from '@/lib/invoices/seller';
import type { PdfDocument } from '@/lib/pdf/document';
import { absoluteUrl } from '@/lib/url';
import type { ContractFacts } from './facts';
import { withdrawalEnd } from './summary';
import { blank, contractPdf, heading, list, orderBlock, paragraph, title } from './pdf-text';

const dateOf = (f: ContractFacts) => f.termsAcceptedAt;

/** In Polish, the original; in another `locale`, its courtesy translation (lib/orders/confirmation/pdf-text.ts). */
export function renderInstructionPdf(f: ContractFacts, s: Seller, locale: Locale = 'pl'): Promise<Buffer> {
  const m = messages(locale);
  const t = m.contract.pdf.instruction;
  const fam = m.contract.pdf.family;
  const family = f.items.some((i) => i.kind === 'family');
  // The order page's button withdraws from everything but a child's package (its own page does).
  const other = f.items.some((i) => i.kind !== 'family');
  return contractPdf(
    t.title,
    dateOf(f),
    (doc) => {
      title(doc, t.title, family ? fam.lead : t.lead);
      orderBlock(doc, f, s, locale);
      heading(doc, t.rightHeading);
      for (const p of t.right(formatLastDay(withdrawalEnd(f), locale))) paragraph(doc, p);
      paragraph(doc, t.how(`${s.name}, ${s.addressLines.join(', ')}`, s.complaintsEmail, s.phone));
      paragraph(doc, t.form);
      if (f.contract) paragraph(doc, m.languageSignup.instructionOnline(absoluteUrl(f.contract.path)));
      else if (other) paragraph(doc, t.online(absoluteUrl(`/zamowienia/${f.id}`)));
      if (family) familyProcedure(doc, f, locale);
      paragraph(doc, t.inTime);
      heading(doc, t.effectsHeading);
      if (other) for (const p of t.effects) paragraph(doc, p);
      if (family) {
        for (const p of fam.effects) paragraph(doc, p);
        heading(doc, fam.setOffHeading);
        paragraph(doc, fam.setOff);
      }
      if (f.items.some((i) => i.kind === 'service')) paragraph(doc, t.proRata);
    },
    locale,
  );
}

/** Where each child's package is withdrawn from: the family page and the package's own page. */
function familyProcedure(doc: PdfDocument, f: ContractFacts, locale: Locale): void {
  const fam = messages(locale).contract.pdf.family;
  heading(doc, fam.heading);
  paragraph(doc, fam.right);
  paragraph(doc, fam.online(absoluteUrl('/rodzina')));
  list(
    doc,
    f.familyPackages.map((p) => fam.packageLink(p.name, absoluteUrl(`/rodzina/rezygnacja/${p.id}`))),
    () => '•',
  );
}

export function renderFormPdf(f: ContractFacts, s: Seller, locale: Locale = 'pl'): Promise<Buffer> {
  const m = messages(locale);
  const t = m.contract.pdf.form;
  return contractPdf(
    t.title,
    dateOf(f),
    (doc) => {
      title(doc, t.title, t.lead);
      paragraph(doc, t.note, { grey: true });
      paragraph(doc, t.addressee(s.name, s.addressLines.join(', '), s.complaintsEmail));
      doc.moveDown(0.4);
      paragraph(doc, t.statement);
      list(
        doc,
        f.items.map((i) => (i.quantity > 1 ? `${i.name} × ${i.quantity}` : i.name)),
        () => '•',
      );
      paragraph(doc, t.concluded(formatDate(f.termsAcceptedAt, locale)));
      paragraph(doc, f.contract ? m.languageSignup.contractFormNumber(f.number) : t.number(f.number));
      if (f.familyPackages.length > 1) paragraph(doc, m.contract.pdf.family.formNote, { size: 9, grey: true });
      for (const label of t.blanks) blank(doc, label);
      doc.moveDown(0.8);
      paragraph(doc, t.strike, { size: 9, grey: true });
    },
    locale,
  );
}

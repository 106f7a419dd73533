// What a correcting invoice (faktura korygująca, art. 106j of the VAT Act) freezes at issue: the
// corrected invoice's identity, the reason, and its lines before and after, from which the PDF
// (lib/invoices/correction-pdf.ts) and the FA(3) XML (lib/invoices/ksef/fa3/) are both made.
import type { InvoiceLine, InvoiceParty, PlnRate } from '@/lib/invoices/pdf';
import type { Currency } from '@/lib/format/money';

export type CorrectionSnapshot = {
  kind: 'CORRECTION';
  /** "FK/2026/000001" once numbered in the corrections' own gap-free series; null until then. */
  number: string | null;
  /** ISO instant of the numbering (the issue date); null until numbered. */
  issueDate: string | null;
  place: string;
  /** Printed, and sent as PrzyczynaKorekty (e.g. "Zwrot części ceny — odstąpienie od umowy"). */
  reason: string;
  /** The invoice being corrected: always the original invoice, also for a second correction. */
  corrected: { number: string; issueDate: string; saleDate: string; ksefNumber: string | null };
  seller: InvoiceParty & { nip: string };
  buyer: InvoiceParty;
  currency: Currency;
  plnRate?: PlnRate | null;
  /**
   * The lines as they stood before this correction (the original's, or after earlier corrections)
   * and after it, index for index: `after[i]` is `before[i]` with its value reduced, through a
   * larger `discountGross` (a line refunded whole has discountGross = unitGross × quantity).
   */
  before: InvoiceLine[];
  after: InvoiceLine[];
  orderNumber?: string;
  /** The refund this correction documents. */
  refundId: string;
};

// One contract document of an order as a file: looked up by its reference (the outbox keeps
// references, never PDF blobs), rendered on demand. A document the rule does not give the order
// is not there, so a company's order has no withdrawal form and a stranger's order nothing. A
// reference with a `locale` is the document's courtesy translation (./courtesy.ts).
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { seller } from '@/lib/invoices/seller';
import { legalContext } from '@/lib/legal/pages';
import { findVersion } from '@/lib/legal/registry';
import type { LegalVersion } from '@/lib/legal/document';
import type { Locale } from '@/lib/i18n';
import { copyFileName, termsText, type CopyLocale } from './courtesy';
import type { ContractDocument } from '@/lib/orders/rules/contract-confirmation';
import { renderEarlyStartPdf } from './early-start-pdf';
import { confirmationOf, loadContractFacts, type ContractFacts } from './facts';
import { renderTermsPdf } from './terms-pdf';
import { renderFormPdf, renderInstructionPdf } from './withdrawal-pdf';

export type ContractDocumentRef = { kind: ContractDocument; orderId: string; locale?: CopyLocale };
export type ContractFile = { fileName: string; pdf: Buffer };

/** The references an order's confirmation carries, in the rule's order. */
export function documentRefs(f: ContractFacts): ContractDocumentRef[] {
  return confirmationOf(f).documents.map((kind) => ({ kind, orderId: f.id }));
}

/** The Polish original's file name, or a copy's (`regulamin-2026-12-01-en.pdf`). */
export function fileNameOf(
  kind: ContractDocument,
  f: Pick<ContractFacts, 'number' | 'termsVersion'>,
  locale?: CopyLocale,
): string {
  const n = messages().contract.fileNames;
  const original = kind === 'terms' ? n.terms(f.termsVersion) : n[kind](f.number);
  return locale ? copyFileName(original, locale) : original;
}

/**
 * One document of `f` (an order's or a billing contract's facts) as a PDF in `locale`; `terms` is
 * the version the contract was made on. Null for terms that are unknown or not translated.
 */
export async function renderContractDocument(
  kind: ContractDocument,
  f: ContractFacts,
  terms: LegalVersion | null,
  locale: Locale,
): Promise<Buffer | null> {
  const s = seller();
  if (kind === 'terms') {
    const text = terms && termsText(terms, legalContext(), locale);
    if (!text) return null;
    return renderTermsPdf(text, { order: f.number, at: formatDateTime(f.termsAcceptedAt, locale) }, locale);
  }
  if (kind === 'earlyStart') return renderEarlyStartPdf(f, s, locale);
  if (kind === 'withdrawalInstruction') return renderInstructionPdf(f, s, locale);
  return renderFormPdf(f, s, locale);
}

/** The file, or null when the order is missing, not the owner's (`ownerId` null: staff) or has no such document. */
export async function contractDocumentFile(
  ref: ContractDocumentRef,
  ownerId: string | null,
): Promise<ContractFile | null> {
  const f = await loadContractFacts(ref.orderId, ownerId);
  if (!f || !confirmationOf(f).documents.includes(ref.kind)) return null;
  const pdf = await renderContractDocument(ref.kind, f, findVersion('terms', f.termsVersion), ref.locale ?? 'pl');
  return pdf ? { fileName: fileNameOf(ref.kind, f, ref.locale), pdf } : null;
}

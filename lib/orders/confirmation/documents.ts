// One contract document of an order as a file: looked up by its reference (the outbox keeps
// references, never PDF blobs), rendered on demand. A document the rule does not give the order
// is not there, so a company's order has no withdrawal form and a stranger's order nothing.
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { seller } from '@/lib/invoices/seller';
import { legalContext } from '@/lib/legal/pages';
import { findVersion } from '@/lib/legal/registry';
import type { ContractDocument } from '@/lib/orders/rules/contract-confirmation';
import { renderEarlyStartPdf } from './early-start-pdf';
import { confirmationOf, loadContractFacts, type ContractFacts } from './facts';
import { renderTermsPdf } from './terms-pdf';
import { renderFormPdf, renderInstructionPdf } from './withdrawal-pdf';

export type ContractDocumentRef = { kind: ContractDocument; orderId: string };
export type ContractFile = { fileName: string; pdf: Buffer };

/** The references an order's confirmation carries, in the rule's order. */
export function documentRefs(f: ContractFacts): ContractDocumentRef[] {
  return confirmationOf(f).documents.map((kind) => ({ kind, orderId: f.id }));
}

export function fileNameOf(kind: ContractDocument, f: Pick<ContractFacts, 'number' | 'termsVersion'>): string {
  const n = messages().contract.fileNames;
  return kind === 'terms' ? n.terms(f.termsVersion) : n[kind](f.number);
}

async function render(kind: ContractDocument, f: ContractFacts): Promise<Buffer | null> {
  const s = seller();
  if (kind === 'terms') {
    const version = findVersion('terms', f.termsVersion);
    if (!version) return null;
    return renderTermsPdf(version.render(legalContext()), { order: f.number, at: formatDateTime(f.termsAcceptedAt) });
  }
  if (kind === 'earlyStart') return renderEarlyStartPdf(f, s);
  if (kind === 'withdrawalInstruction') return renderInstructionPdf(f, s);
  return renderFormPdf(f, s);
}

/** The file, or null when the order is missing, not the owner's (`ownerId` null: staff) or has no such document. */
export async function contractDocumentFile(
  ref: ContractDocumentRef,
  ownerId: string | null,
): Promise<ContractFile | null> {
  const f = await loadContractFacts(ref.orderId, ownerId);
  if (!f || !confirmationOf(f).documents.includes(ref.kind)) return null;
  const pdf = await render(ref.kind, f);
  return pdf ? { fileName: fileNameOf(ref.kind, f), pdf } : null;
}

// Files an e-mail carries, kept in the outbox as references ({kind, orderId}, {kind, contractId} or a pro-forma's {chargeId})
// and rendered into nodemailer attachments only when the message is delivered or staff download
// them: the outbox stays small, and a document is always the one its order's or contract's records give.
import { z } from 'zod';
import { messages } from '@/lib/i18n';
import { contractFile } from '@/lib/billing/contracts/documents';
import { proformaDocumentFor } from '@/lib/billing/payments/proforma-document';
import { contractDocumentFile, type ContractFile } from '@/lib/orders/confirmation/documents';
import { CONTRACT_DOCUMENTS } from '@/lib/orders/rules/contract-confirmation';

// `version` names the terms version of a 'terms' reference, so the mailbox can say which one.
// `locale` makes a reference the document's courtesy translation (lib/orders/confirmation/courtesy.ts).
const copyLocale = z.enum(['en', 'uk']).optional();
const orderRef = z.object({
  kind: z.enum(CONTRACT_DOCUMENTS),
  orderId: z.string().min(1),
  version: z.string().optional(),
  locale: copyLocale,
});
// A billing contract's documents (lib/billing/contracts/documents.ts: the language school's sign-up, B2).
const contractRef = z.object({
  kind: z.enum(CONTRACT_DOCUMENTS),
  contractId: z.string().min(1),
  version: z.string().optional(),
  locale: copyLocale,
});
// A transfer charge's pro-forma (lib/billing/payments/proforma-document.ts: the school licence's order, A5).
const proformaRef = z.object({ kind: z.literal('proforma'), chargeId: z.string().min(1) });
const refSchema = z.union([orderRef, contractRef, proformaRef]);
export type MailAttachment = z.infer<typeof refSchema>;

/** The stored column as references; anything unreadable is left out rather than failing the message. */
export function attachmentRefs(stored: unknown): MailAttachment[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((r) => {
    const p = refSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

/** What staff see for a reference in the mailbox. */
export function attachmentLabel(ref: MailAttachment): string {
  const d = messages().contract.documents;
  if (ref.kind === 'proforma') return messages().billingPay.proforma.title;
  const label = ref.kind === 'terms' ? d.terms(ref.version ?? '') : d[ref.kind];
  return ref.locale ? d.copy(label, d.copyLanguage[ref.locale]) : label;
}

/** One reference as a file (staff scope: no owner check beyond the reference itself). */
export function attachmentFile(ref: MailAttachment): Promise<ContractFile | null> {
  if (ref.kind === 'proforma') return proformaDocumentFor(ref.chargeId, { id: '', staff: true });
  if ('contractId' in ref) return contractFile(ref.kind, ref.contractId, ref.locale);
  return contractDocumentFile({ kind: ref.kind, orderId: ref.orderId, locale: ref.locale }, null);
}

const owner = (ref: MailAttachment) =>
  'chargeId' in ref
    ? `charge ${ref.chargeId}`
    : 'contractId' in ref
      ? `contract ${ref.contractId}`
      : `order ${ref.orderId}`;

/** Every reference rendered for nodemailer; a document that no longer exists is an error, so the job retries. */
export async function nodemailerAttachments(refs: MailAttachment[]) {
  return Promise.all(
    refs.map(async (ref) => {
      const file = await attachmentFile(ref);
      if (!file) throw new Error(`Attachment ${ref.kind} of ${owner(ref)} cannot be rendered`);
      return { filename: file.fileName, content: file.pdf, contentType: 'application/pdf' };
    }),
  );
}

// Files an e-mail carries, kept in the outbox as references ({kind, orderId}) and rendered into
// nodemailer attachments only when the message is delivered or staff download them: the outbox
// stays small, and a document is always the one its order's records give.
import { z } from 'zod';
import { messages } from '@/lib/i18n';
import { contractDocumentFile, type ContractFile } from '@/lib/orders/confirmation/documents';
import { CONTRACT_DOCUMENTS } from '@/lib/orders/rules/contract-confirmation';

// `version` names the terms version of a 'terms' reference, so the mailbox can say which one.
const refSchema = z.object({
  kind: z.enum(CONTRACT_DOCUMENTS),
  orderId: z.string().min(1),
  version: z.string().optional(),
});
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
  return ref.kind === 'terms' ? d.terms(ref.version ?? '') : d[ref.kind];
}

/** One reference as a file (staff scope: no owner check beyond the reference itself). */
export function attachmentFile(ref: MailAttachment): Promise<ContractFile | null> {
  return contractDocumentFile({ kind: ref.kind, orderId: ref.orderId }, null);
}

/** Every reference rendered for nodemailer; a document that no longer exists is an error, so the job retries. */
export async function nodemailerAttachments(refs: MailAttachment[]) {
  return Promise.all(
    refs.map(async (ref) => {
      const file = await attachmentFile(ref);
      if (!file) throw new Error(`Attachment ${ref.kind} of order ${ref.orderId} cannot be rendered`);
      return { filename: file.fileName, content: file.pdf, contentType: 'application/pdf' };
    }),
  );
}

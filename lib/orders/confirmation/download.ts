// The download of one contract document from the order page: the buyer's own order (staff may
// open any, as with invoices), 404 for anyone else's or for a document the order does not have.
// `?lang=en|uk` asks for the document's courtesy translation (./courtesy.ts) instead of the original.
import { can } from '@/lib/auth/permissions';
import { currentUser } from '@/lib/auth/session';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { messages } from '@/lib/i18n';
import type { ContractDocument } from '@/lib/orders/rules/contract-confirmation';
import { contractDocumentFile } from './documents';
import { copyLocaleFor } from './courtesy';

export async function contractDocumentResponse(
  kind: ContractDocument,
  orderId: string,
  lang?: string | null,
): Promise<Response> {
  const t = messages().contract.file;
  const user = await currentUser();
  if (!user) return new Response(t.signIn, { status: 401 });
  const ownerId = can(user.roles, 'panel:orders') ? null : user.id;
  const locale = copyLocaleFor(lang);
  const file = await contractDocumentFile({ kind, orderId, locale }, ownerId);
  if (!file) return notFound(t.missing);
  return fileResponse(file.pdf, file.fileName, 'application/pdf');
}

import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { invoicePdfFor } from '@/lib/invoices/order-invoice-pdf';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { messages } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const t = messages().checkout.invoiceFile;
  const user = await currentUser();
  if (!user) return new Response(t.signIn, { status: 401 });
  const staff = can(user.roles, 'panel:orders');
  const invoice = await invoicePdfFor((await params).id, staff ? null : user.id);
  if (!invoice) return notFound(t.missing);
  return fileResponse(invoice.pdf, `${invoice.number.replace(/\//g, '-')}.pdf`, 'application/pdf');
}

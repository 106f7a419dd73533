import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { invoicePdfFor } from '@/lib/invoices/order-invoice-pdf';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return new Response('Zaloguj się, aby pobrać fakturę.', { status: 401 });
  const staff = can(user.roles, 'panel:orders');
  const invoice = await invoicePdfFor((await params).id, staff ? null : user.id);
  if (!invoice) return notFound('Nie znaleziono faktury.');
  return fileResponse(invoice.pdf, `${invoice.number.replace(/\//g, '-')}.pdf`, 'application/pdf');
}

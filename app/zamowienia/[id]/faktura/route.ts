import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { invoicePdfFor } from '@/lib/invoices/order-invoice-pdf';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return new Response('Zaloguj się, aby pobrać fakturę.', { status: 401 });
  const staff = can(user.roles, 'panel:orders');
  const invoice = await invoicePdfFor((await params).id, staff ? null : user.id);
  if (!invoice) return new Response('Nie znaleziono faktury.', { status: 404 });
  return new Response(new Uint8Array(invoice.pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${invoice.number.replace(/\//g, '-')}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  });
}

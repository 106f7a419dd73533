// The order's sales document as a PDF: its VAT invoice once numbered, or a consumer's purchase
// confirmation ("Potwierdzenie zakupu") when no invoice was asked for.
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { salesDocumentFor } from '@/lib/invoices/order-invoice-pdf';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { messages } from '@/lib/i18n';
import { withValidParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const locale = await currentLocale();
  const t = messages(locale).checkout.invoiceFile;
  const user = await currentUser();
  if (!user) return new Response(t.signIn, { status: 401 });
  const staff = can(user.roles, 'panel:orders');
  const doc = await salesDocumentFor((await params).id, staff ? null : user.id, locale);
  if (!doc) return notFound(t.missing);
  return fileResponse(doc.pdf, doc.fileName, 'application/pdf');
});

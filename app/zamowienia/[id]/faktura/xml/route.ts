// The order's invoice as the FA(3) XML sent to KSeF — the legal invoice itself, of which the PDF
// is a visualisation. The buyer's own only (staff see every order's); anything else is 404.
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { invoiceXmlFor } from '@/lib/invoices/ksef/submission';
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
  const file = await invoiceXmlFor((await params).id, can(user.roles, 'panel:orders') ? null : user.id);
  if (!file) return notFound(t.missing);
  return fileResponse(file.xml, file.fileName, 'application/xml; charset=utf-8');
});

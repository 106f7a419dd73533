// A TRANSFER charge's pro-forma PDF, for its payer and for staff who see contracts.
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { proformaDocumentFor } from '@/lib/billing/payments/proforma-document';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ chargeId: string }> }) => {
  const locale = await currentLocale();
  const t = messages(locale).billingPay.proforma;
  const user = await currentUser();
  if (!user) return new Response(t.signIn, { status: 401 });
  const doc = await proformaDocumentFor((await params).chargeId, {
    id: user.id,
    staff: can(user.roles, 'panel:contracts'),
  });
  if (!doc) return notFound(t.missing);
  return fileResponse(doc.pdf, doc.fileName, 'application/pdf');
});

// A desk receipt (KP) as a PDF, for staff at the desk.
import { routeUser } from '@/lib/http/route';
import { deskReceiptDocument } from '@/lib/centres/desk/receipt';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const locale = await currentLocale();
  const t = messages(locale).centresDesk.receipt;
  if (!(await routeUser('centres:desk'))) return new Response(t.signIn, { status: 401 });
  const doc = await deskReceiptDocument((await params).id);
  if (!doc) return notFound(t.missing);
  return fileResponse(doc.pdf, doc.fileName, 'application/pdf');
});

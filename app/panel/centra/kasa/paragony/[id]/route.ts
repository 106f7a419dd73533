// A desk receipt (KP) as a PDF, for staff at the desk.
import { routeUser } from '@/lib/http/route';
import { deskReceiptDocument } from '@/lib/centres/desk/receipt';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const t = messages().centresDesk.receipt;
  if (!(await routeUser('centres:desk'))) return new Response(t.signIn, { status: 401 });
  const doc = await deskReceiptDocument((await params).id);
  if (!doc) return notFound(t.missing);
  return fileResponse(doc.pdf, doc.fileName, 'application/pdf');
});

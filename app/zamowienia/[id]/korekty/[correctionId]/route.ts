// A correcting invoice of the order as a PDF: the buyer's own (someone else's is not found), or
// any order's for staff — as the order's invoice (../../faktura/route.ts).
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { correctionPdfFor } from '@/lib/invoices/corrections/document';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { messages } from '@/lib/i18n';
import { withValidParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(
  async (_req: Request, { params }: { params: Promise<{ id: string; correctionId: string }> }) => {
    const locale = await currentLocale();
    const t = messages(locale).invoices.corrections;
    const user = await currentUser();
    if (!user) return new Response(t.signIn, { status: 401 });
    const staff = can(user.roles, 'panel:orders');
    const { id, correctionId } = await params;
    const doc = await correctionPdfFor(id, correctionId, staff ? null : user.id, locale);
    if (!doc) return notFound(t.missing);
    return fileResponse(doc.pdf, doc.fileName, 'application/pdf');
  },
);

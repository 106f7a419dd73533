// Staff download of one attachment of an outbox message, rendered from its reference the same
// way delivery renders it (lib/mail/attachments.ts).
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { routeUser } from '@/lib/http/route';
import { messages } from '@/lib/i18n';
import { mailAttachmentFile } from '@/lib/mail/mailbox';
import { withValidParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(
  async (_req: Request, { params }: { params: Promise<{ id: string; n: string }> }) => {
    const locale = await currentLocale();
    const t = messages(locale).contract.file;
    if (!(await routeUser('panel:mailbox'))) return notFound(t.missing);
    const { id, n } = await params;
    const index = /^\d{1,2}$/.test(n) ? Number(n) : -1;
    const file = index >= 0 ? await mailAttachmentFile(id, index) : null;
    if (!file) return notFound(t.missing);
    return fileResponse(file.pdf, file.fileName, 'application/pdf');
  },
);

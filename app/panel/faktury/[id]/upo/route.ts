// The UPO (KSeF's official receipt) of an accepted document, for staff: fetched from KSeF on the
// first download and kept. 404 for anyone else or a document KSeF has not accepted.
import { routeUser } from '@/lib/http/route';
import { upoOf } from '@/lib/invoices/ksef/submission';
import { KsefUnavailableError } from '@/lib/invoices/ksef/types';
import { fileResponse } from '@/lib/http/file-response';
import { notFound, plainText } from '@/lib/http/responses';
import { messages } from '@/lib/i18n';
import { withValidParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const locale = await currentLocale();
  if (!(await routeUser('panel:invoices'))) return notFound();
  try {
    const file = await upoOf((await params).id);
    if (!file) return notFound();
    return fileResponse(file.xml, file.fileName, 'application/xml; charset=utf-8');
  } catch (e) {
    if (e instanceof KsefUnavailableError) return plainText(messages(locale).ksef.errors.unavailable, 503);
    throw e;
  }
});

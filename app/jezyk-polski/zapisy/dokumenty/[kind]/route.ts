// The withdrawal instruction and model form as PDFs, readable before signing (razem B2).
import { withValidParams } from '@/lib/http/ids';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { previewDocument } from '@/lib/language/signup/documents';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (req: Request, { params }: { params: Promise<{ kind: string }> }) => {
  const file = await previewDocument((await params).kind, new URL(req.url).searchParams.get('lang'));
  if (!file) return notFound();
  return fileResponse(file.pdf, file.fileName, 'application/pdf', { inline: true });
});

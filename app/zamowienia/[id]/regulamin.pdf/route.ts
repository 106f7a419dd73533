// One contract document of the buyer's order as a PDF (lib/orders/confirmation/download.ts).
import { contractDocumentResponse } from '@/lib/orders/confirmation/download';
import { withValidParams } from '@/lib/http/ids';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  return contractDocumentResponse('terms', (await params).id, new URL(req.url).searchParams.get('lang'));
});

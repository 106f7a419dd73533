// One contract document of the buyer's order as a PDF (lib/orders/confirmation/download.ts).
import { contractDocumentResponse } from '@/lib/orders/confirmation/download';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  return contractDocumentResponse('terms', (await params).id);
}

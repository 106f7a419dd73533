// The school licence's terms as a PDF, readable before ordering (seed §2.8).
import { fileResponse } from '@/lib/http/file-response';
import { licenceTermsFile } from '@/lib/licence/terms-file';

export const dynamic = 'force-dynamic';

export async function GET() {
  const file = await licenceTermsFile();
  return fileResponse(file.pdf, file.fileName, 'application/pdf', { inline: true });
}

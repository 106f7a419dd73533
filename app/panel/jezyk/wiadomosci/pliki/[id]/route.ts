// A file of any learner's thread, for the office only (language:office); anyone else gets 404.
import { routeUser } from '@/lib/http/route';
import { withValidParams } from '@/lib/http/ids';
import { getOfficeFile } from '@/lib/language/office/http';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const staff = await routeUser('language:office');
  return getOfficeFile((await params).id, staff ? { side: 'office' } : null);
});

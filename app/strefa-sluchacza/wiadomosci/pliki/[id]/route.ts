// A file of the learner's own thread with the office; anyone else's is 404.
import { currentUser } from '@/lib/auth/session';
import { withValidParams } from '@/lib/http/ids';
import { getOfficeFile } from '@/lib/language/office/http';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await currentUser();
  return getOfficeFile((await params).id, user ? { side: 'learner', userId: user.id } : null);
});

// The office's answer in a learner's thread, with up to 3 files (multipart, via fetch).
import { routeUser } from '@/lib/http/route';
import { withValidParams } from '@/lib/http/ids';
import { postOfficeMessage } from '@/lib/language/office/http';

export const POST = withValidParams(async (req: Request, { params }: { params: Promise<{ learnerId: string }> }) => {
  const staff = await routeUser('language:office');
  const { learnerId } = await params;
  return postOfficeMessage(req, staff ? { side: 'office', staffId: staff.id, learnerId } : null);
});

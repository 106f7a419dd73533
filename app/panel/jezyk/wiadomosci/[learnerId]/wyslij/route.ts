// The office's answer in a learner's thread, with up to 3 files (multipart, via fetch).
import { crossSite, routeUser } from '@/lib/http/route';
import { withValidParams } from '@/lib/http/ids';
import { crossSiteRefused, notFound } from '@/lib/http/responses';
import { postOfficeMessage } from '@/lib/language/office/http';

export const POST = withValidParams(async (req: Request, { params }: { params: Promise<{ learnerId: string }> }) => {
  const staff = await routeUser('language:office');
  if (!staff) return notFound();
  if (crossSite(req)) return crossSiteRefused();
  return postOfficeMessage(req, { side: 'office', staffId: staff.id, learnerId: (await params).learnerId });
});

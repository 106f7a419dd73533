// A language learner's message to the school's office, with up to 3 files (multipart, via fetch).
import { currentUser } from '@/lib/auth/session';
import { crossSite } from '@/lib/http/route';
import { crossSiteRefused, notFound } from '@/lib/http/responses';
import { postOfficeMessage } from '@/lib/language/office/http';

export async function POST(req: Request) {
  const user = await currentUser();
  if (!user) return notFound();
  if (crossSite(req)) return crossSiteRefused();
  // Anyone signed in reaches the service, which answers 404 unless they are a language learner.
  return postOfficeMessage(req, { side: 'learner', userId: user.id });
}

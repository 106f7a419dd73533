// Invitation slips to print (one per person, QR code of a fresh one-time link): a POST, since
// every print makes new links; the group's own admins only, from this site only.
import { invitationSlips } from '@/lib/groups/people/downloads';
import { routeViewer } from '@/lib/groups/http';
import { fileResponse } from '@/lib/http/file-response';
import { crossSite } from '@/lib/http/route';
import { crossSiteRefused, notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';
import { currentTime } from '@/lib/clock/clock';
import { currentLocale } from '@/lib/locale/current';
import { bodyTooLarge, BodyTooLarge, SMALL_FORM_BODY } from '@/lib/http/body';
import { readForm } from '@/lib/http/form-file';

export const POST = withValidParams(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await routeViewer();
  if (!viewer) return notFound();
  if (crossSite(req)) return crossSiteRefused();
  // One optional field: a few bytes, so anything over 16 kB is refused before it is read.
  let form: FormData | null;
  try {
    form = await readForm(req, SMALL_FORM_BODY);
  } catch (e) {
    if (e instanceof BodyTooLarge) return bodyTooLarge();
    throw e;
  }
  const one = form?.get('participantId');
  const participantId = typeof one === 'string' && one ? one : undefined;
  const pdf = await invitationSlips(viewer, (await params).id, participantId, currentTime(), await currentLocale());
  if (!pdf) return notFound();
  return fileResponse(pdf, 'zaproszenia.pdf', 'application/pdf');
});

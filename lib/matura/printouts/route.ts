// The route handlers of the planner's downloads (issue 23, A7): a signed-in viewer, the school of
// the address (another school or a student not of it → 404), and a refusal of the download gate
// answered server-side with a redirect to the printouts page, which says why (?odmowa=1).
import { NotFoundError, UserError } from '@/lib/errors';
import { fileResponse } from '@/lib/http/file-response';
import { parseId, withValidParams } from '@/lib/http/ids';
import { notFound } from '@/lib/http/responses';
import { routeUser } from '@/lib/http/route';
import { plannerPath } from '@/lib/licence/paths';
import { absoluteUrl } from '@/lib/url';
import type { PrintoutFile } from './files';
import { REFUSED_PARAM } from './printouts-page';

export const refusedLocation = (schoolId: string) =>
  absoluteUrl(plannerPath(schoolId, 'printouts', `?${REFUSED_PARAM}=1`));

type Params = { params: Promise<{ schoolId: string }> };

export function printoutRoute(build: (viewer: { id: string }, schoolId: string, url: URL) => Promise<PrintoutFile>) {
  return withValidParams(async (req: Request, { params }: Params) => {
    const { schoolId } = await params;
    const viewer = await routeUser('account:manage-own');
    if (!viewer) return notFound();
    try {
      const file = await build(viewer, schoolId, new URL(req.url));
      return fileResponse(file.body, file.name, file.type);
    } catch (e) {
      if (e instanceof NotFoundError) return notFound();
      if (e instanceof UserError) {
        return new Response(null, {
          status: 303,
          headers: { Location: refusedLocation(schoolId), 'Cache-Control': 'no-store' },
        });
      }
      throw e;
    }
  });
}

/** `?uczen=<id>`: absent → every student; present but malformed → not found (never a query). */
export function studentParam(url: URL): string | null {
  const raw = url.searchParams.get('uczen');
  if (raw === null || raw === '') return null;
  const id = parseId(raw);
  if (!id) throw new NotFoundError('student');
  return id;
}

// The group route handlers' own rules (files in, files out): who may open a group's files and
// how an upload answers the page; the generic pieces live in lib/http.
import { UserError, userErrorText } from '@/lib/errors';
import { BodyTooLarge, formFile } from '@/lib/http/form-file';
import { crossSite, routeUser } from '@/lib/http/route';
import { crossSiteRefused, jsonRefusal, notFound } from '@/lib/http/responses';
import type { Viewer } from './group-access';

/** The signed-in company admin or staff member; null answers 404. */
export const routeViewer = (): Promise<Viewer | null> => routeUser('groups:manage-own');

/**
 * A group's file upload (POST multipart `file`): signed-in admin or staff, same-site only; the
 * handler answers JSON for the page (null = not this viewer's group → 404), a refusal is 422
 * with the message shown beside the field, a body over the limit is 413 with `tooLarge`.
 */
export function groupUploadRoute(
  tooLarge: string,
  handle: (
    viewer: Viewer,
    groupId: string,
    file: Awaited<ReturnType<typeof formFile>>,
  ) => Promise<Record<string, unknown> | null>,
) {
  return async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
    const viewer = await routeViewer();
    if (!viewer) return notFound();
    if (crossSite(req)) return crossSiteRefused();
    const { id } = await params;
    try {
      const answer = await handle(viewer, id, await formFile(req, 'file'));
      return answer ? Response.json({ ok: true, ...answer }) : notFound();
    } catch (e) {
      if (e instanceof BodyTooLarge) return jsonRefusal(tooLarge, 413);
      if (e instanceof UserError) return jsonRefusal(userErrorText(e).error, 422);
      throw e;
    }
  };
}

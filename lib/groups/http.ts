// Small helpers shared by the group route handlers (files in, files out).
import { messages } from '@/lib/i18n';
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { NextResponse } from 'next/server';
import { UserError, userErrorText } from '@/lib/errors';
import type { Viewer } from './group-access';

/** The signed-in company admin or staff member; null answers 404. */
export async function routeViewer(): Promise<Viewer | null> {
  const user = await currentUser();
  if (!user || !can(user.roles, 'groups:manage-own')) return null;
  return user;
}

export const notFoundResponse = () => new Response(messages().errors.notFound, { status: 404 });

/** Session cookies are SameSite=Lax; checking the origin as well refuses any cross-site post. */
export function crossSite(req: Request): boolean {
  const origin = req.headers.get('origin');
  return !!origin && origin !== new URL(req.url).origin && origin !== process.env.APP_URL?.replace(/\/$/, '');
}

/** A download that is never cached by a shared cache and always saved under `name`. */
export function fileResponse(body: Uint8Array, name: string, type: string, inline = false): Response {
  const ascii = name
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** A body this large is refused before it is read (the file checks then give the precise message). */
export const MAX_UPLOAD_BODY = 11 * 1024 * 1024;

export class BodyTooLarge extends Error {}

/** The uploaded file of a multipart form, read into memory (exact size limits are checked by the caller). */
export async function formFile(req: Request, field: string): Promise<{ name: string; bytes: Uint8Array } | null> {
  if (Number(req.headers.get('content-length') ?? 0) > MAX_UPLOAD_BODY) throw new BodyTooLarge();
  const form = await req.formData().catch(() => null);
  const file = form?.get(field);
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
    if (!viewer) return notFoundResponse();
    if (crossSite(req)) return new Response(messages().groups.crossSite, { status: 403 });
    const { id } = await params;
    try {
      const answer = await handle(viewer, id, await formFile(req, 'file'));
      return answer ? NextResponse.json({ ok: true, ...answer }) : notFoundResponse();
    } catch (e) {
      if (e instanceof BodyTooLarge) return NextResponse.json({ ok: false, error: tooLarge }, { status: 413 });
      if (e instanceof UserError)
        return NextResponse.json({ ok: false, error: userErrorText(e).error }, { status: 422 });
      throw e;
    }
  };
}

// Upload of a participant list: decoded and checked, stored as a preview, never provisioned here.
import { NextResponse } from 'next/server';
import { UserError } from '@/lib/actions/action';
import { createUpload } from '@/lib/groups/uploads';
import { groups as t } from '@/lib/i18n/pl-groups';
import { BodyTooLarge, crossSite, formFile, notFoundResponse, routeViewer } from '@/lib/groups/http';

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await routeViewer();
  if (!viewer) return notFoundResponse();
  if (crossSite(req)) return new Response('Niedozwolone źródło żądania', { status: 403 });
  const { id } = await params;
  try {
    const upload = await createUpload(viewer, id, await formFile(req, 'file'));
    if (!upload) return notFoundResponse();
    return NextResponse.json({ ok: true, redirect: `/grupy/${id}/lista/${upload.id}` });
  } catch (e) {
    if (e instanceof BodyTooLarge) return NextResponse.json({ ok: false, error: t.listTooLarge }, { status: 413 });
    if (e instanceof UserError) return NextResponse.json({ ok: false, error: e.message }, { status: 422 });
    throw e;
  }
}

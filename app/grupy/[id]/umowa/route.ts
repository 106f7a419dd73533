// Upload of the signed agreement scan (≤ 10 MB; PDF, JPG or PNG judged by its bytes).
import { NextResponse } from 'next/server';
import { UserError } from '@/lib/actions/action';
import { submitAgreement } from '@/lib/groups/agreements';
import { BodyTooLarge, crossSite, formFile, notFoundResponse, routeViewer } from '@/lib/groups/http';
import { groups as t } from '@/lib/i18n/pl-groups';

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await routeViewer();
  if (!viewer) return notFoundResponse();
  if (crossSite(req)) return new Response('Niedozwolone źródło żądania', { status: 403 });
  const { id } = await params;
  try {
    const created = await submitAgreement(viewer, id, await formFile(req, 'file'));
    if (!created) return notFoundResponse();
    return NextResponse.json({ ok: true, message: t.agreementSubmitted });
  } catch (e) {
    if (e instanceof BodyTooLarge) return NextResponse.json({ ok: false, error: t.scanTooLarge }, { status: 413 });
    if (e instanceof UserError) return NextResponse.json({ ok: false, error: e.message }, { status: 422 });
    throw e;
  }
}

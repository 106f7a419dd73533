// "Pobierz zaświadczenie": issues the certificate on the first download (once per enrolment,
// so repeating the request is harmless) and sends the PDF. Anyone without their own passed
// enrolment gets 404, so numbers of other people's certificates never leak.
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { UserError, userErrorText } from '@/lib/errors';
import { certificateFileName, certificatePdf, issueCertificate } from '@/lib/certificates/issue';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await currentUser();
  if (!user) return Response.redirect(new URL(`/logowanie?next=${encodeURIComponent(`/nauka/${slug}`)}`, req.url), 303);
  if (!can(user.roles, 'learning:study-own')) return new Response('Nie znaleziono', { status: 404 });
  try {
    const cert = await issueCertificate(user.id, slug);
    if (!cert) return new Response('Nie znaleziono', { status: 404 });
    const pdf = await certificatePdf(cert);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${certificateFileName(cert)}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (e) {
    if (e instanceof UserError)
      return new Response(userErrorText(e).error, {
        status: 409,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    throw e;
  }
}

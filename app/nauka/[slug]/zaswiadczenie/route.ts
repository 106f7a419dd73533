// "Pobierz zaświadczenie": issues the certificate on the first download (once per enrolment,
// so repeating the request is harmless) and sends the PDF. Anyone without their own passed
// enrolment gets 404, so numbers of other people's certificates never leak. A revoked certificate
// (the purchase was refunded) answers 410 with a page saying so, never the file.
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { UserError, userErrorText } from '@/lib/errors';
import { certificateFileName, certificatePdf, isRevokedRefusal, issueCertificate } from '@/lib/certificates/issue';
import { certificateRefusalPage } from '@/lib/certificates/refusal-page';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (req: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const user = await currentUser();
  if (!user) return Response.redirect(new URL(`/logowanie?next=${encodeURIComponent(`/nauka/${slug}`)}`, req.url), 303);
  if (!can(user.roles, 'learning:study-own')) return notFound();
  // The holder downloads their own: in the language they read the site in (lib/certificates/issue.ts).
  const locale = await currentLocale();
  try {
    const cert = await issueCertificate(user.id, slug);
    if (!cert) return notFound();
    const pdf = await certificatePdf(cert, locale);
    return fileResponse(pdf, certificateFileName(cert), 'application/pdf');
  } catch (e) {
    if (e instanceof UserError) {
      const status = isRevokedRefusal(e) ? 410 : 409;
      return certificateRefusalPage(userErrorText(e, locale).error, `/nauka/${slug}`, status, locale);
    }
    throw e;
  }
});

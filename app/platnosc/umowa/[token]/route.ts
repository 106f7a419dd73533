// A contract charge's e-mailed pay link (lib/billing/payments/link.ts): the PayU order is made when
// the link is opened, then the browser goes to PayU; a paid, cancelled or busy charge shows its page.
import { currentUser } from '@/lib/auth/session';
import { openPayLink, payLinkStatusPath } from '@/lib/billing/payments/pay-link';
import { chargeIdFromToken } from '@/lib/billing/payments/link';
import { clientIp } from '@/lib/http/client-ip';
import { withValidParams } from '@/lib/http/ids';
import { notFound } from '@/lib/http/responses';
import { absoluteUrl } from '@/lib/url';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (req: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const viewer = await currentUser();
  const result = await openPayLink(token, viewer?.id ?? null, clientIp(req.headers));
  if (!result) return notFound();
  const location =
    result.kind === 'redirect' ? result.url : absoluteUrl(payLinkStatusPath(chargeIdFromToken(token)!, result.state));
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
});

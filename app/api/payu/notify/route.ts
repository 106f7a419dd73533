// PayU's webhook: raw body (at most 64 kB, counted while read) → signature → known kind → handler
// that is safe to run twice.
import { env } from '@/lib/config/env';
import { BodyTooLarge, bodyTooLarge, readBodyLimited } from '@/lib/http/body';
import { receiveNotification } from '@/lib/payments/payu';
import { handleOrderNotification, handleRefundNotification } from '@/lib/settlement/notifications';

export const dynamic = 'force-dynamic';

/** PayU's notifications are a few kB; anything far larger is refused before its signature is checked. */
const MAX_NOTIFICATION_BYTES = 64 * 1024;

export async function POST(req: Request) {
  let raw: Buffer;
  try {
    raw = Buffer.from(await readBodyLimited(req, MAX_NOTIFICATION_BYTES));
  } catch (e) {
    if (e instanceof BodyTooLarge) return bodyTooLarge();
    throw e;
  }
  const received = receiveNotification(raw, req.headers, env().PAYU_SECOND_KEY);
  if (!received.ok) {
    return Response.json(
      { error: received.reason === 'signature' ? 'invalid signature' : 'unsupported body' },
      { status: received.reason === 'signature' ? 401 : 400 },
    );
  }
  const n = received.notification;
  // Any failure below answers 500, so PayU retries later; a handled notice always answers 200.
  const outcome = n.kind === 'order' ? await handleOrderNotification(n) : await handleRefundNotification(n);
  // A refund is recorded after PayU accepted it (lib/settlement/refunds.ts), so its notification
  // can arrive before that commit: not 200, and PayU sends it again on its retry schedule.
  if (n.kind === 'refund' && outcome === 'unknown') return Response.json({ outcome }, { status: 503 });
  return Response.json({ outcome }, { status: 200 });
}

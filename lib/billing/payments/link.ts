// The pay link of a charge, e-mailed to the payer: a signed address, not a PayU order. The PayU
// order is created only when the link is opened (app/platnosc/umowa/[token]), so a link never
// expires before its due date and a re-sent e-mail never makes a second order (L6, finding 5).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/config/env';
import { absoluteUrl } from '@/lib/url';

const sign = (chargeId: string) =>
  createHmac('sha256', authSecret()).update(`charge-link:${chargeId}`).digest('base64url').slice(0, 32);

/** The token in a charge's link: its id and a signature over it. */
export const chargeLinkToken = (chargeId: string) => `${chargeId}.${sign(chargeId)}`;

/** The charge a link names, or null when it was not signed by us. */
export function chargeIdFromToken(token: string): string | null {
  const [id, sig, extra] = token.split('.');
  if (!id || !sig || extra !== undefined) return null;
  const want = Buffer.from(sign(id));
  const got = Buffer.from(sig);
  return want.length === got.length && timingSafeEqual(want, got) ? id : null;
}

export const chargePayPath = (chargeId: string) => `/platnosc/umowa/${chargeLinkToken(chargeId)}`;
export const chargePayUrl = (chargeId: string) => absoluteUrl(chargePayPath(chargeId));

// What a webhook route needs: verify the signature over the raw bytes first, then parse the
// body into one of PayU's two notification kinds with amounts as integer minor units.
import { z } from 'zod';
import { findSignatureHeader, verifySignature } from './signature';
import { ORDER_STATUSES, REFUND_STATUSES } from './types';

const wireAmount = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(Number);

const orderNotificationSchema = z.object({
  order: z.object({
    orderId: z.string().min(1),
    extOrderId: z.string().optional(),
    status: z.enum(ORDER_STATUSES),
    totalAmount: wireAmount,
    currencyCode: z.string(),
  }),
  properties: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
});

const refundNotificationSchema = z.object({
  orderId: z.string().min(1),
  extOrderId: z.string().optional(),
  refund: z.object({
    refundId: z.string().min(1),
    amount: wireAmount,
    currencyCode: z.string(),
    status: z.enum(REFUND_STATUSES),
  }),
});

export type PayuNotification =
  | {
      kind: 'order';
      orderId: string;
      extOrderId?: string;
      status: (typeof ORDER_STATUSES)[number];
      totalAmount: number;
      currencyCode: string;
      paymentId?: string;
    }
  | {
      kind: 'refund';
      orderId: string;
      extOrderId?: string;
      refundId: string;
      amount: number;
      currencyCode: string;
      status: (typeof REFUND_STATUSES)[number];
    };

/** Parses an (already verified) notification body; null if it is neither kind. */
export function parseNotification(rawBody: Buffer | string): PayuNotification | null {
  let json: unknown;
  try {
    json = JSON.parse(typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8'));
  } catch {
    return null;
  }
  const order = orderNotificationSchema.safeParse(json);
  if (order.success) {
    const o = order.data.order;
    const paymentId = order.data.properties?.find((p) => p.name === 'PAYMENT_ID')?.value;
    return {
      kind: 'order',
      orderId: o.orderId,
      extOrderId: o.extOrderId,
      status: o.status,
      totalAmount: o.totalAmount,
      currencyCode: o.currencyCode,
      paymentId,
    };
  }
  const refund = refundNotificationSchema.safeParse(json);
  if (refund.success) {
    const r = refund.data;
    return { kind: 'refund', orderId: r.orderId, extOrderId: r.extOrderId, ...r.refund };
  }
  return null;
}

export type ReceivedNotification =
  { ok: true; notification: PayuNotification } | { ok: false; reason: 'signature' | 'format' };

/** Signature first (nothing unauthenticated is even parsed), then shape. */
export function receiveNotification(
  rawBody: Buffer | string,
  headers: Parameters<typeof findSignatureHeader>[0],
  secondKey: string,
): ReceivedNotification {
  if (!verifySignature(rawBody, findSignatureHeader(headers), secondKey)) return { ok: false, reason: 'signature' };
  const notification = parseNotification(rawBody);
  return notification ? { ok: true, notification } : { ok: false, reason: 'format' };
}

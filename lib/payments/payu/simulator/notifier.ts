// Delivers signed notifications the way PayU does: anything but HTTP 200 is retried on PayU's
// schedule, up to 20 tries, and one order's notifications go out strictly in sequence (the next
// waits until the previous was accepted or given up on).
import { signatureHeader } from '../signature';
import type { Timers } from './timers';

const MINUTE = 60_000;
/** PayU's retry schedule: immediately, 1, 2, 5, 10, 30, 60 min, then hourly up to 12 h, then 24 h. */
export const PAYU_RETRY_DELAYS_MS = [
  0, 1, 2, 5, 10, 30, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600, 660, 720, 1440,
].map((m) => m * MINUTE);
export const MAX_TRIES = 20;
const ATTEMPT_TIMEOUT_MS = 10_000;

export type Delivery = {
  orderId: string;
  /** e.g. "order COMPLETED" or "refund FINALIZED". */
  label: string;
  url: string;
  attempt: number;
  httpStatus: number | null;
  error?: string;
  at: Date;
};

export type Notifier = {
  send(orderId: string, url: string, body: unknown, label: string): void;
  /** Resolves when every queue is empty (delivered or given up). */
  idle(): Promise<void>;
  readonly deliveries: readonly Delivery[];
};

export function createNotifier(o: {
  secondKey: string;
  retryDelaysMs: number[];
  timers: Timers;
  log: (line: string) => void;
}): Notifier {
  const queues = new Map<string, Promise<void>>();
  const deliveries: Delivery[] = [];
  const delays = o.retryDelaysMs.length ? o.retryDelaysMs : [0];

  async function attempt(url: string, raw: string): Promise<{ httpStatus: number | null; error?: string }> {
    try {
      const sig = signatureHeader(raw, o.secondKey, 'MD5');
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'OpenPayu-Signature': sig, 'X-OpenPayU-Signature': sig },
        body: raw,
        redirect: 'manual',
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      await res.arrayBuffer().catch(() => undefined);
      return { httpStatus: res.status };
    } catch (e) {
      return { httpStatus: null, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  }

  async function deliver(orderId: string, url: string, raw: string, label: string): Promise<void> {
    for (let n = 1; n <= MAX_TRIES; n++) {
      if (n > 1 && !(await o.timers.sleep(delays[Math.min(n - 2, delays.length - 1)]))) return;
      if (o.timers.cleared) return;
      const result = await attempt(url, raw);
      deliveries.push({ orderId, label, url, attempt: n, ...result, at: new Date() });
      o.log(`notify ${orderId} ${label} try ${n} → ${result.httpStatus ?? result.error}`);
      if (result.httpStatus === 200) return;
    }
    o.log(`notify ${orderId} ${label}: gave up after ${MAX_TRIES} tries`);
  }

  return {
    send(orderId, url, body, label) {
      // Serialise once: the signature covers exactly these bytes, on every retry.
      const raw = JSON.stringify(body);
      const next = (queues.get(orderId) ?? Promise.resolve()).then(() => deliver(orderId, url, raw, label));
      queues.set(orderId, next);
      void next.finally(() => {
        if (queues.get(orderId) === next) queues.delete(orderId);
      });
    },
    async idle() {
      while (queues.size) await Promise.all(queues.values());
    },
    deliveries,
  };
}

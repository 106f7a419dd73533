// What staff and buyers are told about a document's way through KSeF, and when a worker tries
// again: pure functions of the stored row, so the list, the order page and the sweeper agree.

export type KsefDocStatus = 'PENDING' | 'SENT' | 'ACCEPTED' | 'REJECTED';

/** waiting: not sent yet (or no XML yet) · offline: issued while KSeF was unreachable, to be sent by its deadline. */
export const KSEF_STATES = ['waiting', 'offline', 'sent', 'accepted', 'rejected'] as const;
export type KsefState = (typeof KSEF_STATES)[number];

export function ksefState(doc: { status: KsefDocStatus; offline: boolean } | null): KsefState {
  if (!doc || (doc.status === 'PENDING' && !doc.offline)) return 'waiting';
  if (doc.status === 'PENDING') return 'offline';
  return doc.status === 'SENT' ? 'sent' : doc.status === 'ACCEPTED' ? 'accepted' : 'rejected';
}

/**
 * How long to wait before the next try after `attempts` failed ones (KSeF unreachable, 5xx or a
 * rate limit the client's own retries did not outlast, limity/limity.md): 30 s doubling, at most
 * 10 minutes, so an offline invoice is sent within minutes of KSeF coming back.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 10 * 60_000);
}

/** While KSeF is still processing a sent invoice, ask again after this long (the sweeper's minute). */
export const STATUS_RECHECK_MS = 60_000;

/** A worker's claim on a document lasts this long: longer than a send with the client's retries. */
export const CLAIM_MS = 5 * 60_000;

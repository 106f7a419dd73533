// A contract's state in plain words for its payer ("Dostęp zawieszony od … — zapłać, aby go
// przywrócić"): a pure function of the contract and today, so each case is unit-tested.
import { formatDate } from '@/lib/format/time';
import { DEFAULT_LOCALE, messages, type Locale } from '@/lib/i18n';
import { daysBetween } from './charge-state';

const DAY_MS = 86_400_000;

export type Explained = {
  status: 'PENDING' | 'ACTIVE' | 'SUSPENDED' | 'ENDED' | 'VOID';
  payMethod: 'LINK' | 'CARD' | 'TRANSFER' | 'DESK';
  signedAt: Date;
  suspendedAt: Date | null;
  paidThrough: Date | null;
  endsOn: Date | null;
  endedAt: Date | null;
  endReason: string | null;
  terminateOffset: number | null;
  /** The oldest open charge's due date, if any. */
  oldestOpenDue: Date | null;
};

export function explainContract(
  c: Explained,
  today: Date,
  locale: Locale = DEFAULT_LOCALE,
): { tone: 'success' | 'warning' | 'error' | 'info'; lines: string[] } {
  const t = messages(locale).billingAccount.explain;
  const day = (d: Date) => formatDate(d, locale);
  switch (c.status) {
    case 'PENDING':
      return {
        tone: 'warning',
        lines: [
          c.payMethod === 'TRANSFER' && c.oldestOpenDue
            ? t.pendingTransfer(day(c.oldestOpenDue))
            : t.pending(day(c.signedAt)),
        ],
      };
    case 'ACTIVE': {
      const lines = [t.active];
      if (c.endsOn) lines.push(t.ending(day(c.endsOn)));
      else if (c.paidThrough) lines.push(t.paidThrough(day(c.paidThrough)));
      return { tone: 'success', lines };
    }
    case 'SUSPENDED': {
      const lines = [t.suspended(day(c.suspendedAt ?? today))];
      if (c.oldestOpenDue && c.terminateOffset !== null) {
        const ends = new Date(c.oldestOpenDue.getTime() + c.terminateOffset * DAY_MS);
        if (daysBetween(today, ends) >= 0) lines.push(t.suspendedTerminate(day(ends)));
      }
      return { tone: 'error', lines };
    }
    case 'ENDED':
      if (c.endReason === 'payer-notice' && c.paidThrough && daysBetween(today, c.paidThrough) >= 0)
        return { tone: 'info', lines: [t.endedRunning(day(c.paidThrough))] };
      return { tone: 'info', lines: [t.ended(day(c.endedAt ?? c.endsOn ?? today))] };
    case 'VOID':
      return { tone: 'info', lines: [t.void] };
  }
}

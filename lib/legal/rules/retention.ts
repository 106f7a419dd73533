// How long each record type is kept, as the privacy policy 2026-12-15 (§ "Jak długo
// przechowujemy dane") states it, and the cut-off instants the daily retention jobs delete
// before. Invoices, payments and refunds are not here: they stay 5 years from the end of the
// tax year (art. 86 § 1 Ordynacji podatkowej, art. 112 ustawy o VAT) and no job removes them.
import { addMonthsWarsaw } from '@/lib/format/time';

export const RETENTION = {
  /** Contact-form messages: a year from sending. */
  contactMessageMonths: 12,
  /** Complaints with their answer: 3 years from the answer; unanswered ones are kept. */
  complaintAfterAnswerMonths: 36,
  /** Password-reset links (valid 1 h): a day after use or expiry. */
  passwordResetHours: 24,
  /** Failed-login counters: a day after the last failure or the end of the lock. */
  loginThrottleHours: 24,
  /** Unpaid orders with no payment, invoice, refund or grant: 90 days from placing. */
  unpaidOrderDays: 90,
  /** Bodies of sent e-mails: 12 months; the record (to, subject, date) 3 years. */
  emailBodyMonths: 12,
  emailRecordMonths: 36,
} as const;

const HOUR = 3_600_000;

export type RetentionCutoffs = Record<
  | 'contactMessage'
  | 'complaintAnswered'
  | 'passwordReset'
  | 'loginThrottle'
  | 'unpaidOrder'
  | 'emailBody'
  | 'emailRecord',
  Date
>;

/** Rows older than these instants (strictly before) are past their period at `now`. */
export function retentionCutoffs(now: Date): RetentionCutoffs {
  return {
    contactMessage: addMonthsWarsaw(now, -RETENTION.contactMessageMonths),
    complaintAnswered: addMonthsWarsaw(now, -RETENTION.complaintAfterAnswerMonths),
    passwordReset: new Date(now.getTime() - RETENTION.passwordResetHours * HOUR),
    loginThrottle: new Date(now.getTime() - RETENTION.loginThrottleHours * HOUR),
    unpaidOrder: new Date(now.getTime() - RETENTION.unpaidOrderDays * 24 * HOUR),
    emailBody: addMonthsWarsaw(now, -RETENTION.emailBodyMonths),
    emailRecord: addMonthsWarsaw(now, -RETENTION.emailRecordMonths),
  };
}

// The cut-off instants the retention runners delete before, with the periods read from the one
// retention table (lib/retention/rules/table.ts), which the privacy policy is rendered from too.
// Invoices, payments and refunds are `kept` there: 5 years from the end of the tax year
// (art. 86 § 1 Ordynacji podatkowej, art. 112 ustawy o VAT) and no job removes them.
import { cutoff, ruleOf, type RecordType } from '@/lib/retention/rules/table';

const n = (type: RecordType) => ruleOf(type).keep!.n;

export const RETENTION = {
  /** Contact-form messages: a year from sending. */
  contactMessageMonths: n('contactMessage'),
  /** Complaints with their answer: 3 years from the answer; unanswered ones are kept. */
  complaintAfterAnswerMonths: n('complaint'),
  /** Password-reset links (valid 1 h): a day after use or expiry. */
  passwordResetHours: n('passwordResetToken'),
  /** Failed-login counters: a day after the last failure or the end of the lock. */
  loginThrottleHours: n('loginThrottle'),
  /** Unpaid orders with no payment, invoice, refund or grant: 90 days from placing. */
  unpaidOrderDays: n('abandonedOrder'),
  /** Bodies of sent e-mails: 12 months; the record (to, subject, date) 3 years. */
  emailBodyMonths: n('emailBody'),
  emailRecordMonths: n('emailRecord'),
} as const;

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

const at = (type: RecordType, now: Date) => cutoff(ruleOf(type).keep!, now);

/** Rows older than these instants (strictly before) are past their period at `now`. */
export function retentionCutoffs(now: Date): RetentionCutoffs {
  return {
    contactMessage: at('contactMessage', now),
    complaintAnswered: at('complaint', now),
    passwordReset: at('passwordResetToken', now),
    loginThrottle: at('loginThrottle', now),
    unpaidOrder: at('abandonedOrder', now),
    emailBody: at('emailBody', now),
    emailRecord: at('emailRecord', now),
  };
}

// The retention table (issue 16): every record type, how long it is kept, counted from what, what
// happens after, and why. The daily job `retention.run` walks it, the privacy policy's § "Jak długo
// przechowujemy dane" is rendered from it, and lib/legal/rules/retention.ts reads its periods.
// Pure: periods and cut-offs only; the runners that delete live in lib/retention/runners.ts.
import { addMonthsWarsaw, fromWarsaw, warsawParts } from '@/lib/format/time';

export type Period = { n: number; unit: 'hours' | 'days' | 'months' | 'years' };

/** What the period is counted from. */
export type CountedFrom =
  | 'sent' // an e-mail or a contact message was sent
  | 'usedOrExpired' // a one-time link was used or lapsed
  | 'lastFailure' // the last failed login or the end of the lock
  | 'sessionEnd' // a session was revoked or lapsed idle
  | 'answer' // a complaint or privacy request was answered
  | 'placed' // an order was placed
  | 'ready' // a data export was built
  | 'decision' // staff rejected an agreement scan
  | 'reportApproved' // the group's final report was approved (end of the data-processing service)
  | 'yearEnd' // the end of the calendar year of the record (tax records)
  | 'issued' // a certificate was issued
  | 'accountDeleted' // the account is deleted by its owner (lib/privacy)
  | 'contractEnd' // a centre's contract ended
  | 'licenceEnd' // a school's licence ended
  | 'classEnd'; // a live class (lib/live session) ended

/** What happens when the period is over. */
export type Outcome = 'delete' | 'deleteFile' | 'anonymise' | 'keep';

/**
 * How the rule is enforced: by the daily job; at an event (the account's deletion); not at all
 * because the law asks to keep the record (`kept`); or not yet, because the product and its
 * tables do not exist (`awaitingProduct`: the runner is a no-op until they do); or by a job of
 * the area's own that must also act outside the database (`ownJob`, named in the note).
 */
export type Enforcement = 'job' | 'atEvent' | 'kept' | 'awaitingProduct' | 'ownJob';

/** The legal basis, as a code the policy and the staff pages translate. */
export type Basis =
  | 'minimisation' // art. 5 ust. 1 lit. c and e RODO: no longer than needed
  | 'security' // art. 32 RODO: security records, kept briefly
  | 'claims' // art. 6 ust. 1 lit. f RODO + art. 118 KC: proof for claims
  | 'accountability' // art. 5 ust. 2 RODO: proof that a request was handled
  | 'processorAgreement' // art. 28 ust. 3 lit. g RODO + the agreement's § 8
  | 'tax' // art. 86 § 1 Ordynacji podatkowej, art. 112 ustawy o VAT, art. 74 ustawy o rachunkowości
  | 'certificate' // confirming a certificate's authenticity
  | 'contract' // art. 6 ust. 1 lit. b RODO: while the contract lasts
  | 'centreTerms' // the centre's terms: the account lives for the contract + 8 months
  | 'schoolLicence'; // the school licence: pupils' data removed within 30 days of its end

export type RetentionRule = {
  type: RecordType;
  keep: Period | null;
  from: CountedFrom;
  after: Outcome;
  basis: Basis;
  enforced: Enforcement;
  /** Why, where the columns do not say it all (English, for developers). */
  note?: string;
};

export const RECORD_TYPES = [
  'emailRecord',
  'emailBody',
  'contactMessage',
  'complaint',
  'abandonedOrder',
  'passwordResetToken',
  'accountUnlockToken',
  'emailChangeToken',
  'loginThrottle',
  'authSession',
  'dataExportFile',
  'dataExportRecord',
  'privacyRequest',
  'agreementScanRejected',
  'agreementScanAccepted',
  'participantList',
  'groupParticipant',
  'account',
  'child',
  'taxRecords',
  'certificate',
  'auditEntry',
  'centreAccount',
  'schoolPlannerData',
  'liveRecording',
  'liveBooking',
  'liveUndelivered',
  'calendarFeedToken',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

const h = (n: number): Period => ({ n, unit: 'hours' });
const d = (n: number): Period => ({ n, unit: 'days' });
const mo = (n: number): Period => ({ n, unit: 'months' });
const y = (n: number): Period => ({ n, unit: 'years' });

/** In the order the job runs them: a record that goes whole goes before its parts are trimmed. */
export const RETENTION_TABLE: readonly RetentionRule[] = [
  { type: 'emailRecord', keep: mo(36), from: 'sent', after: 'delete', basis: 'claims', enforced: 'job' },
  {
    type: 'emailBody',
    keep: mo(12),
    from: 'sent',
    after: 'anonymise',
    basis: 'minimisation',
    enforced: 'job',
    note: 'The body and props go; to, subject and date stay as proof of sending (emailRecord).',
  },
  { type: 'contactMessage', keep: mo(12), from: 'sent', after: 'delete', basis: 'minimisation', enforced: 'job' },
  {
    type: 'complaint',
    keep: mo(36),
    from: 'answer',
    after: 'delete',
    basis: 'claims',
    enforced: 'job',
    note: 'An unanswered complaint is never due: it is still owed an answer.',
  },
  {
    type: 'abandonedOrder',
    keep: d(90),
    from: 'placed',
    after: 'delete',
    basis: 'minimisation',
    enforced: 'job',
    note: 'Only orders no money, invoice, refund, grant or complaint touched (lib/orders/retention.ts).',
  },
  {
    type: 'passwordResetToken',
    keep: h(24),
    from: 'usedOrExpired',
    after: 'delete',
    basis: 'security',
    enforced: 'job',
  },
  {
    type: 'accountUnlockToken',
    keep: h(24),
    from: 'usedOrExpired',
    after: 'delete',
    basis: 'security',
    enforced: 'job',
  },
  { type: 'emailChangeToken', keep: h(24), from: 'usedOrExpired', after: 'delete', basis: 'security', enforced: 'job' },
  { type: 'loginThrottle', keep: h(24), from: 'lastFailure', after: 'delete', basis: 'security', enforced: 'job' },
  { type: 'authSession', keep: d(30), from: 'sessionEnd', after: 'delete', basis: 'security', enforced: 'job' },
  { type: 'dataExportFile', keep: h(24), from: 'ready', after: 'deleteFile', basis: 'minimisation', enforced: 'job' },
  {
    type: 'dataExportRecord',
    keep: mo(36),
    from: 'ready',
    after: 'delete',
    basis: 'accountability',
    enforced: 'job',
    note: 'That a copy was given, and when: proof the right of access was honoured.',
  },
  { type: 'privacyRequest', keep: mo(36), from: 'answer', after: 'delete', basis: 'accountability', enforced: 'job' },
  {
    type: 'agreementScanRejected',
    keep: d(30),
    from: 'decision',
    after: 'deleteFile',
    basis: 'minimisation',
    enforced: 'job',
    note: 'A rejected or superseded scan has no further use; its record (who, when, why) stays.',
  },
  {
    type: 'agreementScanAccepted',
    keep: mo(36),
    from: 'reportApproved',
    after: 'deleteFile',
    basis: 'claims',
    enforced: 'job',
    note: 'The signed agreement is proof of the processing contract until claims under it lapse (art. 118 KC).',
  },
  {
    type: 'participantList',
    keep: d(30),
    from: 'reportApproved',
    after: 'deleteFile',
    basis: 'processorAgreement',
    enforced: 'job',
  },
  {
    type: 'groupParticipant',
    keep: d(30),
    from: 'reportApproved',
    after: 'anonymise',
    basis: 'processorAgreement',
    enforced: 'job',
    note: 'Accounts made only for the group; one with its own orders or another live group is left alone. Certificates stay.',
  },
  {
    type: 'account',
    keep: null,
    from: 'accountDeleted',
    after: 'anonymise',
    basis: 'contract',
    enforced: 'atEvent',
    note: 'Deleted or anonymised at once when the owner deletes the account (lib/privacy/deletion).',
  },
  {
    type: 'child',
    keep: null,
    from: 'accountDeleted',
    after: 'delete',
    basis: 'contract',
    enforced: 'atEvent',
    note: "With the parent's account or by the parent; a child with a paid package is anonymised instead.",
  },
  {
    type: 'taxRecords',
    keep: y(5),
    from: 'yearEnd',
    after: 'keep',
    basis: 'tax',
    enforced: 'kept',
    note: 'Invoices, paid orders, payments, refunds. No job deletes them: art. 74 of the accounting act may ask for longer, so removal is an accountant’s decision.',
  },
  {
    type: 'certificate',
    keep: y(5),
    from: 'issued',
    after: 'keep',
    basis: 'certificate',
    enforced: 'kept',
    note: 'Kept so a certificate can be verified; the first ones reach 5 years in 2031.',
  },
  {
    type: 'auditEntry',
    keep: y(5),
    from: 'yearEnd',
    after: 'keep',
    basis: 'accountability',
    enforced: 'kept',
    note: 'Append-only (a trigger refuses UPDATE and DELETE); names only actor ids.',
  },
  {
    type: 'centreAccount',
    keep: mo(8),
    from: 'contractEnd',
    after: 'delete',
    basis: 'centreTerms',
    enforced: 'job',
    note: "S14: a parent whose every contract ended 8 months ago (one a centre's), with no order since, is anonymised as an account deletion does (children too); invoices stay (taxRecords).",
  },
  {
    type: 'schoolPlannerData',
    keep: d(30),
    from: 'licenceEnd',
    after: 'delete',
    basis: 'schoolLicence',
    enforced: 'job',
    note: "A19: a licence's students (declarations, unlocks, seats) and rooms (sessions, teams), and the school's teachers once no other licence stands, 30 days after the licence ends (purgeDueAt), a renewed school's after its resit students moved to the renewal; counts on the licence and in the audit log; invoices and contracts stay (taxRecords).",
  },
  {
    type: 'liveRecording',
    keep: d(30),
    from: 'classEnd',
    after: 'delete',
    basis: 'contract',
    enforced: 'ownJob',
    note: "The job live.recordings.expire (lib/live/jobs.ts, lib/live/recordings.ts) deletes the recording at BBB and marks our row deleted (razem §5: replay for 30 days); the row keeps only BBB's record id.",
  },
  {
    type: 'liveBooking',
    keep: mo(12),
    from: 'classEnd',
    after: 'delete',
    basis: 'claims',
    enforced: 'job',
    note: 'Bookings, waiting places and attendance of a session: needed for make-ups, complaints about classes and the school year’s settlement; deleted a year after the class (lib/live/retention.ts).',
  },
  {
    type: 'liveUndelivered',
    keep: y(5),
    from: 'yearEnd',
    after: 'keep',
    basis: 'tax',
    enforced: 'kept',
    note: 'Classes not delivered per participant: the input of the pro-rata refund (#15), so part of the refund’s tax records (B20); kept like taxRecords.',
  },
  {
    type: 'calendarFeedToken',
    keep: h(24),
    from: 'accountDeleted',
    after: 'delete',
    basis: 'security',
    enforced: 'job',
    note: "Only the token's hash; replaced when the person issues a new link. The account's deletion anonymises the user row (no cascade), so the job deletes the token of a deleted account a day later.",
  },
];

export function ruleOf(type: RecordType): RetentionRule {
  const r = RETENTION_TABLE.find((x) => x.type === type);
  if (!r) throw new Error(`No retention rule for ${type}`);
  return r;
}

/** The instant `p` before `now`: a record whose counting starts before it is past its period. */
export function cutoff(p: Period, now: Date): Date {
  switch (p.unit) {
    case 'hours':
      return new Date(now.getTime() - p.n * 3_600_000);
    case 'days':
      return new Date(now.getTime() - p.n * 86_400_000);
    case 'months':
      return addMonthsWarsaw(now, -p.n);
    case 'years':
      return addMonthsWarsaw(now, -12 * p.n);
  }
}

/** The first instant of the Warsaw year after the one containing `at`. */
function endOfYear(at: Date): Date {
  return fromWarsaw(warsawParts(at).year + 1, 1, 1);
}

/**
 * Whether a record whose counting started at `start` is past its period at `now` (strictly: a
 * record exactly at the cut-off is still kept). A rule with no period (kept while something
 * lasts) is never due by time.
 */
export function isDue(rule: RetentionRule, start: Date, now: Date): boolean {
  if (!rule.keep) return false;
  const from = rule.from === 'yearEnd' ? endOfYear(start) : start;
  return from.getTime() < cutoff(rule.keep, now).getTime();
}

/** What the daily job does with a due record: the outcome, or nothing for kept/awaiting rules. */
export function jobAction(rule: RetentionRule): Exclude<Outcome, 'keep'> | null {
  if (rule.enforced !== 'job' || rule.after === 'keep') return null;
  return rule.after;
}

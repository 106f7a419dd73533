// Courtesy translation of the privacy policy's § "Jak długo przechowujemy dane"
// (./retention-section.ts): the same points, in the same order, with the periods taken from the
// same retention table, so the English text can never state another period than the Polish one.
import { pluralEn } from '@/lib/format/plural';
import { ruleOf, type Period, type RecordType } from '@/lib/retention/rules/table';
import type { LegalSection } from '../document';
import { POLICY_POINTS, retentionSection } from './retention-section';

/** `hours`: 24 hours as "24 hours" (where the Polish writes "po 24 godzinach", not "dobę"). */
type Form = { years?: boolean; hours?: boolean };

/** "30 days", "one day", "one year", "3 years"; months as months unless `years`. */
function period(p: Period, form: Form = {}): string {
  const { n, unit } = p;
  if (unit === 'hours' && n === 24 && !form.hours) return 'one day';
  if ((unit === 'months' && form.years && n % 12 === 0) || unit === 'years') {
    const yrs = unit === 'years' ? n : n / 12;
    return yrs === 1 ? 'one year' : `${yrs} years`;
  }
  const [one, other] = { hours: ['hour', 'hours'], days: ['day', 'days'], months: ['month', 'months'] }[unit] as [
    string,
    string,
  ];
  return n === 1 ? `one ${one}` : `${n} ${pluralEn(n, one, other)}`;
}

const k = (type: RecordType, form: Form = { years: true }) => period(ruleOf(type).keep!, form);

/** One period told for several types (the Polish section already refuses types that disagree). */
const same = (...types: RecordType[]) => k(types[0]!);

/** The points of ./retention-section.ts in English, key for key (the section refuses a missing one). */
const POLICY_POINTS_EN: Partial<Record<RecordType, () => string>> = {
  account: () =>
    'the Account, learning progress and children’s data — for as long as the Account is kept; after it is deleted, the data needed to defend against claims — until the limitation period ends (Article 118 of the Civil Code: as a rule 6 years, 3 years for claims connected with running a business, counted to the end of the calendar year)',
  taxRecords: () =>
    `paid orders, payments, refunds and invoices — ${k('taxRecords')} from the end of the calendar year in which the tax payment deadline passed (Article 86 § 1 of the Tax Ordinance, Article 112 of the VAT Act), and accounting records — for the period required by Article 74 of the Accounting Act`,
  abandonedOrder: () =>
    `unpaid orders for which no payment arrived and no invoice was issued (abandoned) — ${k('abandonedOrder')} from placing them, after which we delete them together with the failed payment attempts (an order that a complaint concerns — as long as that complaint)`,
  certificate: () =>
    `the numbers and data of issued certificates — ${k('certificate')} from issue, so that their authenticity can be confirmed`,
  complaint: () =>
    `complaints together with the answer — ${k('complaint')} from the answer (a complaint without an answer — until it is answered); notices of withdrawal from a contract — as long as the order they concern (they are part of the refund records)`,
  contactMessage: () => `messages from the contact form — ${k('contactMessage')} from sending the message`,
  groupParticipant: () =>
    `the data of group package participants and the uploaded participant lists — until the service ends and the final report is handed over, after which, within ${same('groupParticipant', 'participantList')}, we delete them or return them to the company in accordance with the data-processing agreement (the participants’ accounts are anonymised, issued certificates remain); a rejected scan of an agreement — ${k('agreementScanRejected')} from the decision, an accepted data-processing agreement — ${k('agreementScanAccepted')} from the final report, as evidence that it was concluded`,
  passwordResetToken: () =>
    `one-time links for setting a password (valid for one hour), for unlocking the account and for confirming a new e-mail address — deleted ${same('passwordResetToken', 'accountUnlockToken', 'emailChangeToken')} after they are used or expire`,
  loginThrottle: () =>
    `counters of failed sign-ins — ${k('loginThrottle')} from the last failed attempt or the end of the lock (the lock lasts 15 minutes); the hash of the IP address saved with a message or complaint — as long as it; server logs — up to 90 days`,
  authSession: () =>
    `sign-in sessions (device, approximate IP address) — ${k('authSession')} from signing out or the expiry of the session, so that you can check whether a sign-in was yours`,
  emailBody: () =>
    `the content of sent e-mails — ${k('emailBody', {})} from creation; after that only the recipient, subject and date of sending remain (evidence that we delivered, e.g., the confirmation of a contract), which we delete after ${k('emailRecord')}`,
  dataExportFile: () =>
    `a copy of your data prepared at your request — ${k('dataExportFile')} from its preparation, after which we delete the file (the record that we released the copy remains — for ${k('dataExportRecord')})`,
  privacyRequest: () =>
    `requests concerning data and the answers to them — ${k('privacyRequest')} from the answer, as evidence that they were handled (Art. 5(2) GDPR)`,
  auditEntry: () =>
    `the log of our team’s decisions (who changed what and when, e.g. ordered a refund) — ${k('auditEntry')} from the end of the year; entries cannot be changed or deleted, and a deleted user appears in them as “Deleted user”`,
  centreAccount: () =>
    `an account in the education centre (once the service is launched) — for the duration of the contract and ${k('centreAccount')} after it ends, unless you ask for deletion earlier`,
  schoolPlannerData: () =>
    `the data of pupils, declarations and teams in the school planner — up to ${k('schoolPlannerData')} from the expiry of the school’s licence`,
  liveBooking: () =>
    `bookings of live classes, places on the waiting list and attendance — ${k('liveBooking', {})} from the end of the class; recordings of classes — ${k('liveRecording')} from their end, after which we also delete them from the video-conferencing server; information about classes that did not take place (the basis for refunding part of the fee) — ${k('liveUndelivered')} from the end of the calendar year, like the refund records`,
  calendarFeedToken: () =>
    `the private link to the class calendar (we keep only its hash) — until a new link is generated, and after the Account is deleted we delete it after ${k('calendarFeedToken', { years: true, hours: true })}`,
};

/** The section in English, point for point as the Polish one (which also checks the table is covered). */
export function retentionSectionEn(): LegalSection {
  const polish = retentionSection();
  const keys = Object.keys(POLICY_POINTS) as RecordType[];
  const untranslated = keys.filter((key) => !POLICY_POINTS_EN[key]);
  if (untranslated.length) throw new Error(`The English privacy policy says nothing of ${untranslated.join(', ')}`);
  const points = keys.map((key) => POLICY_POINTS_EN[key]!());
  return {
    id: polish.id,
    title: 'How long we keep the data',
    clauses: [
      {
        text: 'The period depends on the kind of data; once it ends, the data are deleted or anonymised automatically, once a day:',
        points: points.map((p, i) => `${p}${i === points.length - 1 ? '.' : ';'}`),
      },
    ],
  };
}

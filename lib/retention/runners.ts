// Which function enforces each record type of the retention table. Every area keeps the code that
// knows its tables; this map only names it. `null` for a type no job touches (kept by law, done at
// an event such as the account's deletion, a product whose tables do not exist yet, or a record
// its area's own job removes).
import { removeOldEmailBodies, deleteOldEmailRecords } from '@/lib/mail/retention';
import { purgeAnsweredComplaints, purgeContactMessages } from '@/lib/support/retention';
import { purgeAbandonedOrders } from '@/lib/orders/retention';
import { purgeLoginThrottles, purgePasswordResetTokens, purgeUnlockTokens } from '@/lib/auth/retention';
import { purgeEndedSessions } from '@/lib/auth/sessions-retention';
import {
  purgeDecidedPrivacyRequests,
  purgeEmailChangeTokens,
  purgeExportFiles,
  purgeExportRecords,
} from '@/lib/privacy/retention';
import {
  anonymiseFinishedParticipants,
  purgeAcceptedScans,
  purgeParticipantLists,
  purgeRejectedScans,
} from '@/lib/groups/retention';
import { purgeDeletedAccountFeedTokens, purgeOldBookings } from '@/lib/live/retention';
import { purgeCentreAccounts } from './centre-accounts';
import { purgeSchoolPlannerData } from '@/lib/licence/lifecycle/purge';
import type { RecordType } from './rules/table';

export type Runner = (now: Date) => Promise<number>;

export const RUNNERS: Record<RecordType, Runner | null> = {
  emailBody: removeOldEmailBodies,
  emailRecord: deleteOldEmailRecords,
  contactMessage: purgeContactMessages,
  complaint: purgeAnsweredComplaints,
  abandonedOrder: purgeAbandonedOrders,
  passwordResetToken: purgePasswordResetTokens,
  accountUnlockToken: purgeUnlockTokens,
  emailChangeToken: purgeEmailChangeTokens,
  loginThrottle: purgeLoginThrottles,
  authSession: purgeEndedSessions,
  dataExportFile: purgeExportFiles,
  dataExportRecord: purgeExportRecords,
  privacyRequest: purgeDecidedPrivacyRequests,
  agreementScanRejected: purgeRejectedScans,
  agreementScanAccepted: purgeAcceptedScans,
  participantList: purgeParticipantLists,
  groupParticipant: anonymiseFinishedParticipants,
  account: null,
  child: null,
  taxRecords: null,
  certificate: null,
  auditEntry: null,
  centreAccount: purgeCentreAccounts,
  schoolPlannerData: purgeSchoolPlannerData, // a licence 30 days past its end, not renewed
  liveRecording: null, // live.recordings.expire (lib/live/jobs.ts): it must also delete at BBB
  liveBooking: purgeOldBookings,
  liveUndelivered: null,
  calendarFeedToken: purgeDeletedAccountFeedTokens,
};

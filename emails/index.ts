// The catalogue of e-mail templates: each has a React body, a subject and a plain-text part.
import * as passwordReset from './password-reset';
import * as welcome from './welcome';
import * as liveClassRefund from './live-maths/class-refund';
import * as parentAccount from './parent-account';
import * as orderPaid from './order-paid';
import * as familyCancellation from './family-cancellation';
import * as parentWelcome from './parent-welcome';
import * as groupAgreement from './group-agreement';
import * as groupAccounts from './group-accounts';
import * as groupInvitation from './group-invitation';
import * as passwordChanged from './password-changed';
import * as classChange from './class-change';
import * as trialStarted from './trial-started';
import * as trialEnding from './trial-ending';
import * as accessEnding from './access-ending';
import * as contact from './contact';
import * as complaint from './complaint';
import * as refundSent from './refund-sent';
import * as orderWithdrawal from './order-withdrawal';
import * as termsChanged from './terms-changed';
import * as familyOrderRepriced from './family-order-repriced';
import * as accountUnlock from './account-unlock';
import * as invoiceCorrection from './invoice-correction';
import * as privacyAccount from './privacy-account';
import * as privacyRequest from './privacy-request';
import * as staffInvitation from './staff-invitation';
import * as live from './live';
import * as billingSigned from './billing/signed';
import * as billingPaid from './billing/paid';
import * as cardDeclined from './billing/card-declined';
import * as billingReminder from './billing/reminder';
import * as billingSuspended from './billing/suspended';
import * as billingDemand from './billing/demand';
import * as billingNotice from './billing/termination-notice';
import * as billingTerminated from './billing/terminated';
import * as billingVoided from './billing/voided';
import * as discountDecision from './billing/discount-decision';
import * as discountDropped from './billing/discount-dropped';
import * as billingPayerNotice from './billing/notice';
import * as languageOffice from './language-office';
import * as languageSigned from './language-signed';
import * as languageActivated from './language-activated';
import * as centreGroupCancelled from './centre-desk-group-cancelled';
import * as licenceOrdered from './licence-ordered';
import * as licenceRenewal from './licence-renewal';
import * as licencePurgeReminder from './licence-purge-reminder';
import * as licenceAccount from './licence-account';
import * as schoolPlanner from './school-planner';

export const templates = {
  'password-reset': {
    subject: passwordReset.subject,
    Body: passwordReset.PasswordResetEmail,
    text: passwordReset.text,
  },
  welcome: { subject: welcome.subject, Body: welcome.WelcomeEmail, text: welcome.text },
  'order-paid': {
    subject: orderPaid.subject,
    Body: orderPaid.OrderPaidEmail,
    text: orderPaid.text,
    attachments: orderPaid.attachments,
  },
  'parent-welcome': {
    subject: parentWelcome.subject,
    Body: parentWelcome.ParentWelcomeEmail,
    text: parentWelcome.text,
  },
  'family-cancellation': {
    subject: familyCancellation.subject,
    Body: familyCancellation.FamilyCancellationEmail,
    text: familyCancellation.text,
  },
  'group-agreement-accepted': {
    subject: groupAgreement.acceptedSubject,
    Body: groupAgreement.AgreementAcceptedEmail,
    text: groupAgreement.acceptedText,
  },
  'group-agreement-rejected': {
    subject: groupAgreement.rejectedSubject,
    Body: groupAgreement.AgreementRejectedEmail,
    text: groupAgreement.rejectedText,
  },
  'group-accounts-created': {
    subject: groupAccounts.subject,
    Body: groupAccounts.AccountsCreatedEmail,
    text: groupAccounts.text,
  },
  // No 'group-participant-credentials' any more: it carried a password (rows scrubbed by a migration).
  'group-invitation': {
    subject: groupInvitation.invitationSubject,
    Body: groupInvitation.GroupInvitationEmail,
    text: groupInvitation.invitationText,
  },
  'group-reminder': {
    subject: groupInvitation.reminderSubject,
    Body: groupInvitation.GroupReminderEmail,
    text: groupInvitation.reminderText,
  },
  'group-admin-added': {
    subject: groupInvitation.adminSubject,
    Body: groupInvitation.GroupAdminAddedEmail,
    text: groupInvitation.adminText,
  },
  'group-report-approved': {
    subject: groupAccounts.reportSubject,
    Body: groupAccounts.ReportApprovedEmail,
    text: groupAccounts.reportText,
  },
  'password-changed': {
    subject: passwordChanged.subject,
    Body: passwordChanged.PasswordChangedEmail,
    text: passwordChanged.text,
  },
  'class-change-decided': { subject: classChange.subject, Body: classChange.ClassChangeEmail, text: classChange.text },
  'trial-started': { subject: trialStarted.subject, Body: trialStarted.TrialStartedEmail, text: trialStarted.text },
  'trial-ending': { subject: trialEnding.subject, Body: trialEnding.TrialEndingEmail, text: trialEnding.text },
  'access-ending': { subject: accessEnding.subject, Body: accessEnding.AccessEndingEmail, text: accessEnding.text },
  'contact-staff': { subject: contact.staffSubject, Body: contact.ContactStaffEmail, text: contact.staffText },
  'contact-confirmation': {
    subject: contact.confirmationSubject,
    Body: contact.ContactConfirmationEmail,
    text: contact.confirmationText,
  },
  'complaint-staff': {
    subject: complaint.staffSubject,
    Body: complaint.ComplaintStaffEmail,
    text: complaint.staffText,
  },
  'complaint-confirmation': {
    subject: complaint.confirmationSubject,
    Body: complaint.ComplaintConfirmationEmail,
    text: complaint.confirmationText,
  },
  'complaint-answer': {
    subject: complaint.answerSubject,
    Body: complaint.ComplaintAnswerEmail,
    text: complaint.answerText,
  },
  'refund-sent': { subject: refundSent.subject, Body: refundSent.RefundSentEmail, text: refundSent.text },
  'order-withdrawal': {
    subject: orderWithdrawal.subject,
    Body: orderWithdrawal.OrderWithdrawalEmail,
    text: orderWithdrawal.text,
  },
  'terms-changed': { subject: termsChanged.subject, Body: termsChanged.TermsChangedEmail, text: termsChanged.text },
  'family-order-repriced': {
    subject: familyOrderRepriced.subject,
    Body: familyOrderRepriced.FamilyOrderRepricedEmail,
    text: familyOrderRepriced.text,
  },
  'account-unlock': {
    subject: accountUnlock.subject,
    Body: accountUnlock.AccountUnlockEmail,
    text: accountUnlock.text,
  },
  'invoice-correction': {
    subject: invoiceCorrection.subject,
    Body: invoiceCorrection.InvoiceCorrectionEmail,
    text: invoiceCorrection.text,
  },
  'email-change-confirm': {
    subject: privacyAccount.confirmSubject,
    Body: privacyAccount.EmailChangeConfirmEmail,
    text: privacyAccount.confirmText,
  },
  'email-change-notice': {
    subject: privacyAccount.noticeSubject,
    Body: privacyAccount.EmailChangeNoticeEmail,
    text: privacyAccount.noticeText,
  },
  'data-export-ready': {
    subject: privacyAccount.exportSubject,
    Body: privacyAccount.DataExportReadyEmail,
    text: privacyAccount.exportText,
  },
  'account-deleted': {
    subject: privacyAccount.deletedSubject,
    Body: privacyAccount.AccountDeletedEmail,
    text: privacyAccount.deletedText,
  },
  'privacy-request-received': {
    subject: privacyRequest.receivedSubject,
    Body: privacyRequest.PrivacyRequestReceivedEmail,
    text: privacyRequest.receivedText,
  },
  'privacy-request-staff': {
    subject: privacyRequest.staffSubject,
    Body: privacyRequest.PrivacyRequestStaffEmail,
    text: privacyRequest.staffText,
  },
  'privacy-request-decided': {
    subject: privacyRequest.decidedSubject,
    Body: privacyRequest.PrivacyRequestDecidedEmail,
    text: privacyRequest.decidedText,
  },
  'staff-invitation': {
    subject: staffInvitation.subject,
    Body: staffInvitation.StaffInvitationEmail,
    text: staffInvitation.text,
  },
  'live-seat-promoted': { subject: live.promotedSubject, Body: live.LiveSeatPromotedEmail, text: live.promotedText },
  'live-session-cancelled': {
    subject: live.cancelledSubject,
    Body: live.LiveSessionCancelledEmail,
    text: live.cancelledText,
  },
  'live-reminder': { subject: live.reminderSubject, Body: live.LiveReminderEmail, text: live.reminderText },
  'billing-signed': {
    subject: billingSigned.subject,
    Body: billingSigned.BillingSignedEmail,
    text: billingSigned.text,
  },
  'billing-paid': { subject: billingPaid.subject, Body: billingPaid.BillingPaidEmail, text: billingPaid.text },
  // Matplaneta Live (lib/live-maths): a cancelled class's refund, an account made at purchase.
  'live-class-refund': {
    subject: liveClassRefund.subject,
    Body: liveClassRefund.LiveClassRefundEmail,
    text: liveClassRefund.text,
  },
  'live-maths-welcome': {
    subject: parentAccount.subject,
    Body: parentAccount.ParentAccountEmail,
    text: parentAccount.text,
  },
  // Learning centres (lib/centres/enrol): the parent's account opened at enrolment.
  'centre-welcome': {
    subject: parentAccount.subject,
    Body: parentAccount.ParentAccountEmail,
    text: parentAccount.text,
  },
  'billing-card-declined': {
    subject: cardDeclined.subject,
    Body: cardDeclined.CardDeclinedEmail,
    text: cardDeclined.text,
  },
  // The daily billing run's dunning (lib/billing/run): queued from SQL, rendered on delivery.
  'billing-pay-link': {
    subject: billingReminder.linkSubject,
    Body: billingReminder.PayLinkEmail,
    text: billingReminder.linkText,
  },
  'billing-reminder': {
    subject: billingReminder.reminderSubject,
    Body: billingReminder.ReminderEmail,
    text: billingReminder.reminderText,
  },
  'billing-suspended': {
    subject: billingSuspended.subject,
    Body: billingSuspended.SuspendedEmail,
    text: billingSuspended.text,
  },
  'billing-demand': { subject: billingDemand.subject, Body: billingDemand.DemandEmail, text: billingDemand.text },
  'billing-termination-notice': {
    subject: billingNotice.subject,
    Body: billingNotice.TerminationNoticeEmail,
    text: billingNotice.text,
  },
  'billing-terminated': {
    subject: billingTerminated.subject,
    Body: billingTerminated.TerminatedEmail,
    text: billingTerminated.text,
  },
  'billing-voided': { subject: billingVoided.subject, Body: billingVoided.VoidedEmail, text: billingVoided.text },
  'discount-accepted': {
    subject: discountDecision.acceptedSubject,
    Body: discountDecision.DiscountAcceptedEmail,
    text: discountDecision.acceptedText,
  },
  'discount-rejected': {
    subject: discountDecision.rejectedSubject,
    Body: discountDecision.DiscountRejectedEmail,
    text: discountDecision.rejectedText,
  },
  'discount-dropped': {
    subject: discountDropped.droppedSubject,
    Body: discountDropped.DiscountDroppedEmail,
    text: discountDropped.droppedText,
  },
  'billing-notice': {
    subject: billingPayerNotice.subject,
    Body: billingPayerNotice.BillingNoticeEmail,
    text: billingPayerNotice.text,
  },
  'language-office-message': {
    subject: languageOffice.messageSubject,
    Body: languageOffice.OfficeMessageEmail,
    text: languageOffice.messageText,
  },
  'language-office-answer': {
    subject: languageOffice.answerSubject,
    Body: languageOffice.OfficeAnswerEmail,
    text: languageOffice.answerText,
  },
  // The language school's sign-up (lib/language/signup) and activation (lib/billing/contracts/activate-account.ts).
  'language-signed': {
    subject: languageSigned.subject,
    Body: languageSigned.LanguageSignedEmail,
    text: languageSigned.text,
    attachments: languageSigned.attachments,
  },
  'language-activated': {
    subject: languageActivated.subject,
    Body: languageActivated.LanguageActivatedEmail,
    text: languageActivated.text,
  },
  // Learning centres (lib/centres/cancel): a group cancelled, the contract ended with its refund.
  'centre-group-cancelled': {
    subject: centreGroupCancelled.subject,
    Body: centreGroupCancelled.CentreGroupCancelledEmail,
    text: centreGroupCancelled.text,
  },
  // The school licence's order (lib/licence/order.ts): the pro-forma confirmation and the account's link.
  'licence-ordered': {
    subject: licenceOrdered.subject,
    Body: licenceOrdered.LicenceOrderedEmail,
    text: licenceOrdered.text,
    attachments: licenceOrdered.attachments,
  },
  'licence-account': {
    subject: licenceAccount.subject,
    Body: licenceAccount.LicenceAccountEmail,
    text: licenceAccount.text,
  },
  // The licence's lifecycle (lib/licence/renewal.ts, purge.ts): the renewal offer, the purge reminders.
  'licence-renewal': {
    subject: licenceRenewal.subject,
    Body: licenceRenewal.LicenceRenewalEmail,
    text: licenceRenewal.text,
    attachments: licenceRenewal.attachments,
  },
  'licence-purge-reminder': {
    subject: licencePurgeReminder.subject,
    Body: licencePurgeReminder.LicencePurgeReminderEmail,
    text: licencePurgeReminder.text,
  },
  // The planner's school (lib/licence/dpa.ts, school-staff.ts): the agreement's decision, a staff invitation.
  'school-agreement-accepted': {
    subject: schoolPlanner.acceptedSubject,
    Body: schoolPlanner.SchoolAgreementAcceptedEmail,
    text: schoolPlanner.acceptedText,
  },
  'school-agreement-rejected': {
    subject: schoolPlanner.rejectedSubject,
    Body: schoolPlanner.SchoolAgreementRejectedEmail,
    text: schoolPlanner.rejectedText,
  },
  'school-staff-invited': {
    subject: schoolPlanner.invitedSubject,
    Body: schoolPlanner.SchoolInvitationEmail,
    text: schoolPlanner.invitedText,
  },
} as const;

export type TemplateName = keyof typeof templates;
export type TemplateProps<N extends TemplateName> = Parameters<(typeof templates)[N]['Body']>[0];

// The catalogue of e-mail templates: each has a React body, a subject and a plain-text part.
import * as passwordReset from './password-reset';
import * as welcome from './welcome';
import * as orderPaid from './order-paid';
import * as familyCancellation from './family-cancellation';
import * as parentWelcome from './parent-welcome';
import * as groupAgreement from './group-agreement';
import * as groupAccounts from './group-accounts';
import * as refundSent from './refund-sent';
import * as orderWithdrawal from './order-withdrawal';

export const templates = {
  'password-reset': {
    subject: passwordReset.subject,
    Body: passwordReset.PasswordResetEmail,
    text: passwordReset.text,
  },
  welcome: { subject: welcome.subject, Body: welcome.WelcomeEmail, text: welcome.text },
  'order-paid': { subject: orderPaid.subject, Body: orderPaid.OrderPaidEmail, text: orderPaid.text },
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
  'group-participant-credentials': {
    subject: groupAccounts.credentialsSubject,
    Body: groupAccounts.ParticipantCredentialsEmail,
    text: groupAccounts.credentialsText,
  },
  'group-report-approved': {
    subject: groupAccounts.reportSubject,
    Body: groupAccounts.ReportApprovedEmail,
    text: groupAccounts.reportText,
  },
  'refund-sent': { subject: refundSent.subject, Body: refundSent.RefundSentEmail, text: refundSent.text },
  'order-withdrawal': {
    subject: orderWithdrawal.subject,
    Body: orderWithdrawal.OrderWithdrawalEmail,
    text: orderWithdrawal.text,
  },
} as const;

export type TemplateName = keyof typeof templates;
export type TemplateProps<N extends TemplateName> = Parameters<(typeof templates)[N]['Body']>[0];

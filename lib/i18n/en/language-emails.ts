// English catalogue: the language school's e-mails. Mirrors lib/i18n/pl/language-emails.ts key for key.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

const filesAttached = (n: number) => `${n} ${pluralEn(n, 'file', 'files')} attached.`;

export const languageEmails: Messages['languageEmails'] = {
  greeting: (firstName: string) => `Hello ${firstName},`,
  signature: '— Planeta',
  signed: {
    subject: (number: string) => `Polish language course contract ${number} — confirmation and payment`,
    intro: (number: string, title: string, signedAt: string, termsVersion: string) =>
      `Thank you for signing up. You concluded contract ${number} ("${title}") on ${signedAt}, accepting version ${termsVersion} of the terms of service.`,
    force: (label: string, amount: string, dueDate: string) =>
      `The contract takes effect once we book the first payment: ${label}, ${amount}, due: ${dueDate}. Then we'll activate your account and e-mail you the platform's address, your login and a link to set your password.`,
    payButton: 'Pay now',
    payLink: (link: string) => `Pay now: ${link}`,
    monthly:
      'You pay monthly in advance. Not attending classes does not release you from the fees; you can cancel the contract at any time, effective at the end of the paid month.',
    withdrawalEarlyStart: (lastDay: string) =>
      `You requested that the course start before the withdrawal period ends. Until ${lastDay} inclusive you can withdraw from the contract without giving a reason; you then pay in proportion for the part of the course up to the withdrawal (art. 35 of the Polish Consumer Rights Act), and we refund the rest within 14 days.`,
    withdrawal: (lastDay: string) =>
      `Until ${lastDay} inclusive you can withdraw from the contract without giving a reason and get the whole payment back within 14 days (art. 27 of the Polish Consumer Rights Act).`,
    documents: (earlyStart: boolean) =>
      'Attached (PDF) are the terms of service in the accepted version, the information on the right of withdrawal and the model withdrawal form' +
      (earlyStart ? ', and the confirmation of your request to start the course early' : '') +
      '. Each comes in Polish, the binding original, and as an English courtesy translation.',
  },
  activated: {
    subject: 'Your Planeta account is active — set your password',
    intro: (number: string) =>
      `We have booked your first payment: Polish language course contract ${number} has taken effect and your account is active.`,
    site: 'Platform address:',
    login: 'Your login:',
    setPasswordHint: 'You set the password yourself — click the button:',
    setPasswordButton: 'Set password',
    setPasswordLink: (link: string) => `Set password: ${link}`,
    buttonFallback: "If the button doesn't work, copy this address into your browser:",
    validity: (days: number) =>
      `The link is valid for ${days} ${pluralEn(days, 'day', 'days')} and works only once. When it expires, use "Forgot your password?" on the sign-in page.`,
  },
  officeMessage: {
    subject: (learnerName: string) => `New message from a learner: ${learnerName}`,
    wrote: (learnerName: string, learnerEmail: string, sentAt: string) =>
      `${learnerName} (${learnerEmail}) wrote to the language school office (${sentAt}):`,
    files: (n: number) => `${filesAttached(n)} The files can be downloaded in the panel.`,
    replyButton: 'Reply in the panel',
    replyLink: (link: string) => `Reply in the panel: ${link}`,
  },
  officeAnswer: {
    subject: 'Reply from the language school office',
    answered: (sentAt: string) => `The school office has replied to your message (${sentAt}):`,
    files: (n: number) => `${filesAttached(n)} You can download them in the Learner Zone.`,
    openButton: 'Open messages',
    openLink: (link: string) => `Messages: ${link}`,
    replyInZone: 'Reply in the Learner Zone, not to this e-mail.',
  },
};

// English catalogue: the family's e-mails. Mirrors lib/i18n/pl/emails-families.ts key for key.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

export const emailsFamilies: Messages['emailsFamilies'] = {
  myFamily: 'My family',
  myFamilyLink: (link: string) => `My family: ${link}`,
  parentWelcome: {
    subject: 'Your Planeta parent account is ready',
    thanks: 'Thank you for opening a parent account and accepting the',
    termsLink: 'packages terms of service',
    next: '. What next:',
    thanksText: (termsLink: string) =>
      `Thank you for opening a parent account and accepting the packages terms of service (${termsLink}). What next:`,
    addChildren:
      'Add your children: their name, year of birth, and the login and password your child will sign in with.',
    trial: 'Try the Standard Package free for 2 days — once per school year, from when you click "Try for 2 days".',
    choose: (currency: string) =>
      `Choose a package for each child. Prices are shown in ${currency}, the currency of your country of residence.`,
    withdrawal:
      'Within 14 days of payment you can withdraw from the contract with a full refund, and later cancel with a refund for the unused months.',
    button: 'Go to your parent account',
    accountLink: (link: string) => `Parent account: ${link}`,
  },
  cancellation: {
    withdrawalSubject: 'Confirmation of withdrawal from the contract',
    cancellationSubject: 'Confirmation of the package cancellation',
    withdrawal: 'We have received your withdrawal from the contract',
    cancellation: 'We have received your cancellation',
    accessEnds: (effectiveAt: string) => `Your child's access ends on ${effectiveAt}.`,
    refundLead: 'Refund amount:',
    refundWay: 'We will send the refund through PayU to the account the payment came from.',
    refundText: (refund: string) => `Refund amount: ${refund} (through PayU).`,
  },
  repriced: {
    subject: (orderNumber: string) => `Order ${orderNumber} cancelled — please place it again`,
    cancelled: (orderNumber: string, children: string) =>
      `We have cancelled the unpaid order ${orderNumber} (${children}).`,
    why: 'The price included the sibling discount (§5.3 of the terms), but the package of the child who paid the full price is no longer paid, so the discount no longer applies.',
    nothingCharged:
      "Nothing has been charged. If a payment arrives anyway, we will refund it in full. Place the order again — we'll show you the current price before you pay.",
    nothingChargedText:
      "Nothing has been charged. If a payment arrives anyway, we will refund it in full. Place the order again — we'll show you the current price before you pay:",
    button: 'Order again',
  },
  classChange: {
    approvedSubject: (childName: string) => `Class change approved — ${childName}`,
    rejectedSubject: (childName: string) => `Class change not approved — ${childName}`,
    approved: (childName: string, schoolYear: string, className: string) =>
      `We have approved the request to change class. In the school year ${schoolYear}, ${childName} follows the programme: ${className}. The subjects in the packages are matched to this class.`,
    rejected: (childName: string, schoolYear: string, className: string) =>
      `We cannot approve the request to change class for ${childName}. In the school year ${schoolYear} your child stays in the programme: ${className} (by year of birth). You can file a new request on the child's page.`,
  },
  trialStarted: {
    subject: 'Standard Package trial started',
    until: 'The free Standard Package trial lasts until',
    children: ". It covers the children's accounts:",
    untilText: (endsAt: string) =>
      `The free Standard Package trial lasts until ${endsAt}. It covers the children's accounts:`,
    how: "The children sign in with their own logins and passwords. The trial ends by itself — you pay nothing and don't have to cancel it. We'll remind you by e-mail the day before it ends. The trial can be used once per school year.",
  },
  trialEnding: {
    subject: 'Your trial ends tomorrow',
    ends: 'The free Standard Package trial ends on',
    after: '. After that the children lose access to the subjects.',
    endsText: (endsAt: string) =>
      `The free Standard Package trial ends on ${endsAt}. After that the children lose access to the subjects.`,
    choose: 'If you want the learning to continue, choose a package for the school year for each child.',
    chooseText: (link: string) =>
      `If you want the learning to continue, choose a package for the school year for each child: ${link}`,
    button: 'Choose a package',
  },
  parentAccount: {
    subject: 'Your Planeta parent account — set your password',
    centre: (group: string) =>
      `When you enrolled your child on the classes "${group}", we opened a Planeta parent account for you. In it you'll find your child's timetable and all payments.`,
    live: "When you ordered the Matplaneta Live course, we opened a Planeta parent account for you. Once the subscription is paid, you'll find your child's classes and materials in it.",
    login: (login: string) => `Your login: ${login}`,
    validity: (days: number) =>
      `The link is valid for ${days} ${pluralEn(days, 'day', 'days')} and works only once. When it expires, use "Forgot your password?" on the sign-in page.`,
    button: 'Set password',
    link: (link: string) => `Set password: ${link}`,
  },
};

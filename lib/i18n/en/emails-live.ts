// English catalogue: the live classes' e-mails. Mirrors lib/i18n/pl/emails-live.ts key for key.
import type { Messages } from '../pl';

export const emailsLive: Messages['emailsLive'] = {
  myClasses: 'My classes',
  myClassesLink: (link: string) => `My classes: ${link}`,
  promoted: {
    subject: (title: string) => `A seat is free: ${title}`,
    body: (title: string, startsAt: string) =>
      `A seat became free in the class "${title}" (${startsAt}) and has gone to you from the waiting list. Your booking is confirmed.`,
  },
  cancelled: {
    subject: (title: string) => `Class cancelled: ${title}`,
    body: (title: string, startsAt: string) =>
      `The class "${title}" scheduled for ${startsAt} has been cancelled. Classes that did not take place are settled as the terms of service say.`,
  },
  reminder: {
    subject: (title: string) => `Class tomorrow: ${title}`,
    body: (title: string, startsAt: string) =>
      `A reminder of the class "${title}": ${startsAt}. The room opens 15 minutes before the start.`,
  },
  classRefund: {
    subject: (number: string) => `Refund for a cancelled class — contract ${number}`,
    cancelled: (title: string, startsAt: string) =>
      `The class "${title}" on ${startsAt} was cancelled, so we are refunding part of the fee for the paid subscription.`,
    amount: (amount: string) =>
      `Refund amount: ${amount} (the subscription price × classes not held ÷ 4). It goes back through PayU to the account the payment came from — usually within a few days.`,
    button: 'My contracts',
    link: (link: string) => `My contracts: ${link}`,
  },
};

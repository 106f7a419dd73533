// English catalogue: a company group's e-mails. Mirrors lib/i18n/pl/emails-groups.ts key for key.
import type { Messages } from '../pl';

export const emailsGroups: Messages['emailsGroups'] = {
  accepted: {
    subject: (courseTitle: string) => `Data processing agreement accepted — ${courseTitle}`,
    intro: 'We have accepted the personal data processing agreement for the course',
    introText: (courseTitle: string) =>
      `We have accepted the personal data processing agreement for the course "${courseTitle}".`,
    next: 'The next step is the list of participants (step 3): if there is none yet, download the template, fill it in and upload it (or paste the rows from Excel); if the list is already waiting, open its preview and confirm — the accounts are created at once.',
    nextText:
      'The next step is the list of participants (step 3): upload it or, if it is already waiting, open the preview and confirm — the accounts are created at once.',
    button: 'Go to the list of participants',
    groupPage: (link: string) => `Group page: ${link}`,
  },
  rejected: {
    subject: (courseTitle: string) => `Data processing agreement rejected — ${courseTitle}`,
    intro: 'We cannot accept the data processing agreement you sent for the course',
    introText: (courseTitle: string) =>
      `We cannot accept the data processing agreement you sent for the course "${courseTitle}".`,
    reason: 'Reason:',
    next: 'Next step: on the group page, accept the agreement online (no paper) or correct it and upload the scan again.',
    nextText: (link: string) =>
      `Next step: accept the agreement online or correct it and upload the scan again: ${link}`,
    button: 'Go to the agreement',
  },
  accounts: {
    subject: (courseTitle: string) => `Participant accounts created — ${courseTitle}`,
    greeting: 'Hello,',
    created: (companyName: string, courseTitle: string, created: number) =>
      `We have created participant accounts for ${companyName} on the course "${courseTitle}": ${created}.`,
    seatsLeft: (seatsLeft: number) =>
      `Free accounts left in the package: ${seatsLeft}. Each participant has access for 2 months.`,
    handOver:
      'On the group page you can e-mail the participants their invitations or print slips with a QR code — each sets their own password. For security we never send passwords by e-mail.',
    handOverText: (link: string) =>
      `Prepare the e-mail invitations or the slips with a QR code (each sets their own password) on the group page: ${link}\nFor security we never send passwords by e-mail.`,
    button: 'Give participants access',
  },
  report: {
    subject: (courseTitle: string) => `Final report ready — ${courseTitle}`,
    ready: (courseTitle: string) =>
      `The final report of the training "${courseTitle}" is ready: the participants, their final test results and certificate numbers.`,
    readyText: (courseTitle: string, link: string) =>
      `The final report of the training "${courseTitle}" is ready (Excel and PDF) on the group page: ${link}`,
    comment: (comment: string) => `A comment from the Planeta team: ${comment}`,
    button: 'Download the report',
  },
  invitation: {
    subject: (courseTitle: string) => `Invitation to the course ${courseTitle}`,
    enrolled: (companyName: string, courseTitle: string, login: string) =>
      `${companyName} has enrolled you on the course "${courseTitle}" at Planeta. Your login: ${login}`,
    start: 'Click the button, set your own password and start learning. Access to the course lasts 2 months.',
    button: 'Set a password and start',
    once: (validUntil: string) => `The link works once, until ${validUntil}.`,
    startText: (validUntil: string) =>
      `Set your own password and start learning (the link works once, until ${validUntil}):`,
    duration: 'Access to the course lasts 2 months.',
  },
  reminder: {
    subject: (courseTitle: string) => `Reminder: the course ${courseTitle} is waiting for you`,
    reminds: (companyName: string, courseTitle: string, login: string) =>
      `${companyName} reminds you of the course "${courseTitle}" — you haven't signed in yet. Your login: ${login}`,
    once: (validUntil: string) => `The link works once, until ${validUntil}:`,
    startText: (validUntil: string) => `Set a password and start (the link works once, until ${validUntil}):`,
  },
  admin: {
    subject: (courseTitle: string) => `You are now a group administrator — ${courseTitle}`,
    added: (companyName: string, courseTitle: string) =>
      `You have been added as an administrator of the group ${companyName} on the course "${courseTitle}" at Planeta: you can manage the participants, their access and the reports.`,
    addedText: (companyName: string, courseTitle: string) =>
      `You have been added as an administrator of the group ${companyName} on the course "${courseTitle}" at Planeta.`,
    setPassword: 'Set a password',
    once: (validUntil: string) =>
      `The link works once, until ${validUntil}. After that, sign in with your e-mail address.`,
    setPasswordText: (validUntil: string) => `Set a password (the link works once, until ${validUntil}):`,
    open: 'Open the group',
    group: (link: string) => `Group: ${link}`,
  },
};

// English catalogue: the privacy e-mails about the account. Mirrors lib/i18n/pl/emails-privacy.ts key for key.
import type { Messages } from '../pl';

export const emailsPrivacy: Messages['emailsPrivacy'] = {
  confirm: {
    subject: 'Confirm your new e-mail address — Planeta',
    body: (validUntil: string) =>
      `Someone asked to change your Planeta account's e-mail address to this one. Click to confirm it — until then you sign in with the old address. The link works until ${validUntil} and only once.`,
    bodyText: (validUntil: string) =>
      `Someone asked to change your Planeta account's e-mail address to this one. Open the link to confirm it (it works until ${validUntil} and only once):`,
    button: 'Confirm the address',
    notYou: "If you didn't ask for the change, ignore this message — nothing will change.",
    notYouText: "If it wasn't you, ignore this message — nothing will change.",
  },
  notice: {
    subject: 'Request to change your account e-mail address — Planeta',
    requested: (requestedAt: string) => `On ${requestedAt} someone asked to change your account's e-mail address to`,
    requestedText: (requestedAt: string, newEmail: string) =>
      `On ${requestedAt} someone asked to change your account's e-mail address to ${newEmail}.`,
    after: 'The change happens only once the link sent to the new address is clicked; until then this address stays.',
    notYou:
      "If it wasn't you, sign in and change your password — the link sent to the new address stops working when you ask for another change.",
    notYouText: (link: string) => `If it wasn't you, sign in and change your password: ${link}`,
    button: 'My account',
  },
  export: {
    subject: 'The copy of your data is ready — Planeta',
    ready: (validUntil: string) =>
      `We have prepared a copy of your data: a ZIP file with the data as JSON (dane.json) and a readable summary (podsumowanie.pdf). The link works until ${validUntil}; you need to be signed in to your account to download the file.`,
    readyText: (validUntil: string) =>
      `We have prepared a copy of your data (dane.json and podsumowanie.pdf in a ZIP file). The link works until ${validUntil}; you need to be signed in to your account to download the file:`,
    button: 'Download the copy of your data',
    notYou: "If you didn't ask for the copy, change your account password.",
  },
  deleted: {
    subject: 'Your Planeta account has been deleted',
    done: (deletedAt: string, shortId: string) =>
      `As you asked, on ${deletedAt} we deleted your account. Your name, e-mail address, login, password and phone have been removed, your learning progress and test results erased, and all devices signed out. In the documents we must keep, you appear as "Deleted user #${shortId}".`,
    doneText: (deletedAt: string, shortId: string) =>
      `As you asked, on ${deletedAt} we deleted your account. Your name, e-mail, login, password and phone have been removed, progress and test results erased, devices signed out. In the documents we must keep, you appear as "Deleted user #${shortId}".`,
    kept: 'We keep only what the law requires:',
    last: "This is the last message sent to this address. If you didn't delete the account, reply to us at once.",
    lastText: 'This is the last message sent to this address.',
  },
};

// English catalogue: the account's e-mails. Mirrors lib/i18n/pl/emails-account.ts key for key.
import type { Messages } from '../pl';

export const emailsAccount: Messages['emailsAccount'] = {
  welcome: {
    subject: 'Welcome to Planeta',
    ready: 'Your Planeta account is ready. You can browse the courses and start learning right away.',
    readyShort: 'Your Planeta account is ready.',
    button: 'Go to Planeta',
  },
  passwordReset: {
    subject: 'Set a new password for Planeta',
    intro:
      'We received a request to set a new password for your account. The link is valid for 60 minutes and works only once.',
    introShort: 'We received a request to set a new password for your account.',
    button: 'Set a new password',
    linkText: 'Link (valid for 60 minutes, works only once):',
    notYou: "If you didn't ask to change your password, ignore this message — your password stays as it is.",
    notYouShort: "If it wasn't you, ignore this message.",
  },
  passwordChanged: {
    subject: 'Your account password has been changed',
    changed: (changedAt: string) =>
      `The password of your Planeta account was changed (${changedAt}). All other signed-in devices have been signed out.`,
    ifYou: "If it was you, there's nothing you need to do.",
    notYouLead: "If it wasn't you",
    notYou:
      ', someone may know your password or have access to your mailbox. Set a new password at once (we will send the link to this e-mail address) — the change signs out every device — and then change your e-mail password.',
    notYouText:
      "If it wasn't you, set a new password at once (we will send the link to this e-mail address) — the change signs out every device — and then change your e-mail password:",
    button: 'Set a new password',
  },
  accountUnlock: {
    subject: 'Your Planeta account has been locked',
    locked:
      'Someone entered a wrong password for your account many times, so we locked it. If it was you, unlock the account with this link — it is valid for 24 hours and works only once. Without it the lock lifts by itself after 24 hours.',
    lockedShort: 'Someone entered a wrong password for your account many times, so we locked it.',
    linkText: 'If it was you, unlock the account with this link (valid for 24 hours, works only once):',
    button: 'Unlock account',
    notYou: "If it wasn't you trying to sign in, consider changing your password once the account is unlocked.",
    notYouText:
      "Without it the lock lifts by itself after 24 hours. If it wasn't you, consider changing your password.",
  },
};

// English catalogue: the contact, complaint, privacy request and staff invitation e-mails. Mirrors
// lib/i18n/pl/emails-support.ts key for key.
import type { Messages } from '../pl';

export const emailsSupport: Messages['emailsSupport'] = {
  topic: (topic: string) => `Topic: ${topic}`,
  contact: {
    staffSubject: (topic: string, name: string) => `Contact form: ${topic} — ${name}`,
    staffLead: 'A new message from the contact form from',
    signedIn: ', a signed-in user',
    staffText: (name: string, email: string, signedIn: boolean) =>
      `A message from the contact form from ${name} (${email})${signedIn ? ', signed in' : ''}.`,
    replyTo: (email: string) => `Reply to ${email}.`,
    confirmationSubject: 'We have received your message — Planeta',
    thanks: 'Thank you for your message. We will reply to this e-mail address, usually within two working days.',
  },
  complaint: {
    staffSubject: (number: string, lastDay: string) => `New complaint ${number} — answer by ${lastDay}`,
    staffFiled: (name: string, email: string, number: string, order: string | null, receivedAt: string) =>
      `${name} (${email}) filed complaint ${number}${order ? ` about order ${order}` : ''} — received ${receivedAt}.`,
    staffDue: (lastDay: string) => `Answer due by: ${lastDay}.`,
    staffDeemed:
      "A consumer's complaint not answered in time is deemed accepted (art. 7a of the Polish Consumer Rights Act).",
    staffText: (number: string, name: string, email: string, order: string | null, receivedAt: string) =>
      `Complaint ${number} from ${name} (${email})${order ? `, order ${order}` : ''}, received ${receivedAt}.`,
    description: 'Description:',
    demand: 'Demand:',
    answerInPanel: 'Answer in the panel',
    confirmationSubject: (number: string) => `We have received complaint ${number}`,
    confirmation: (number: string, order: string | null, receivedAt: string, lastDay: string) =>
      `We confirm receipt of complaint ${number}${order ? ` about order ${order}` : ''} on ${receivedAt}. We will answer by e-mail by ${lastDay} at the latest (14 days from receipt). If we do not answer within this time, the complaint is deemed accepted.`,
    confirmationText: (number: string, order: string | null, receivedAt: string, lastDay: string) =>
      `We confirm receipt of complaint ${number}${order ? ` about order ${order}` : ''} on ${receivedAt}.\n` +
      `We will answer by ${lastDay} at the latest (14 days from receipt); a complaint not answered in time is deemed accepted.`,
    content: 'Your complaint:',
    yourDemand: 'Your demand:',
    answerSubject: (number: string) => `Answer to complaint ${number}`,
    answerLead: (number: string, order: string | null) =>
      `Here is our answer to complaint ${number}${order ? ` about order ${order}` : ''}:`,
    disagree:
      'If you disagree with the answer, you can seek help from a municipal or district consumer ombudsman or the regional inspectorate of the Trade Inspection (details in § 12 of the terms and conditions).',
    disagreeText:
      'If you disagree with the answer, you can seek help from a consumer ombudsman or the Trade Inspection (§ 12 of the terms and conditions).',
  },
  privacy: {
    receivedSubject: (number: string) => `We have received your request ${number} — Planeta`,
    received: (receivedAt: string, kind: string, number: string, lastDay: string) =>
      `On ${receivedAt} we received your request (${kind}) number ${number}. We will answer by ${lastDay} at the latest (Art. 12(3) GDPR), to this e-mail address.`,
    staffSubject: (number: string, kind: string, lastDay: string) => `GDPR request ${number}: ${kind} — due ${lastDay}`,
    staff: (name: string, kind: string, receivedAt: string, lastDay: string) =>
      `A new request from ${name} (${kind}), received ${receivedAt}. Answer due by: ${lastDay}.`,
    open: 'Open the request',
    decidedSubject: (number: string) => `Answer to your request ${number} — Planeta`,
    refused: (number: string, kind: string) => `We cannot grant your request ${number} (${kind}). Our reasons:`,
    resolved: (number: string, kind: string) => `Your request ${number} (${kind}) has been considered. Our answer:`,
    complain:
      'If you disagree with the answer, you may lodge a complaint with the President of the Personal Data Protection Office (UODO, ul. Stawki 2, 00-193 Warszawa, uodo.gov.pl).',
    complainText:
      'If you disagree with the answer, you may lodge a complaint with the President of UODO, the Polish data protection authority (ul. Stawki 2, 00-193 Warszawa, uodo.gov.pl).',
  },
  staffInvitation: {
    subject: 'Invitation to the Planeta team',
    added: (role: string) => `A Planeta administrator has added you to the team with the role: ${role}.`,
    setPassword: (validUntil: string) => `Set your password — the link works once, until ${validUntil}.`,
    setPasswordText: (validUntil: string) => `Set your password (the link works once, until ${validUntil}):`,
    button: 'Set password',
    existing: 'Sign in with your existing password — the team panel is at /panel.',
  },
};

// English catalogue: texts shared by every e-mail. Mirrors lib/i18n/pl/emails.ts key for key.
import type { Messages } from '../pl';

export const emails: Messages['emails'] = {
  footer: 'This message was sent automatically by the Planeta platform. Please do not reply to it.',
  greeting: (firstName: string) => `Hello ${firstName},`,
  signature: '— Planeta',
  buttonFallback: "If the button doesn't work, copy this address into your browser:",
  seeOrder: 'View order',
  order: (link: string) => `Order: ${link}`,
};

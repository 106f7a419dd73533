// The catalogue of e-mail templates: each has a React body, a subject and a plain-text part.
import * as passwordReset from './password-reset';
import * as welcome from './welcome';
import * as orderPaid from './order-paid';
import * as familyCancellation from './family-cancellation';

export const templates = {
  'password-reset': { subject: passwordReset.subject, Body: passwordReset.PasswordResetEmail, text: passwordReset.text },
  welcome: { subject: welcome.subject, Body: welcome.WelcomeEmail, text: welcome.text },
  'order-paid': { subject: orderPaid.subject, Body: orderPaid.OrderPaidEmail, text: orderPaid.text },
  'family-cancellation': { subject: familyCancellation.subject, Body: familyCancellation.FamilyCancellationEmail, text: familyCancellation.text },
} as const;

export type TemplateName = keyof typeof templates;
export type TemplateProps<N extends TemplateName> = Parameters<(typeof templates)[N]['Body']>[0];

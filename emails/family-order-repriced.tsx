// An unpaid family order priced with a sibling discount that no longer applies was cancelled
// (lib/settlement/stale-orders.ts): the parent is asked to order again at today's price.
import { messages, type Locale } from '@/lib/i18n';
import { EmailButton, EmailLayout } from './layout';

export type FamilyOrderRepricedProps = {
  firstName: string;
  orderNumber: string;
  children: string[];
  link: string;
};

const t = (locale: Locale) => messages(locale).emailsFamilies.repriced;

export const subject = (p: Pick<FamilyOrderRepricedProps, 'orderNumber'>, locale: Locale) =>
  t(locale).subject(p.orderNumber);

export function FamilyOrderRepricedEmail(p: FamilyOrderRepricedProps, locale: Locale) {
  const m = t(locale);
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.firstName)}</p>
      <p>
        {m.cancelled(p.orderNumber, p.children.join(', '))} {m.why}
      </p>
      <p>{m.nothingCharged}</p>
      <EmailButton href={p.link}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: FamilyOrderRepricedProps, locale: Locale) => {
  const { emails } = messages(locale);
  const m = t(locale);
  return (
    `${emails.greeting(p.firstName)}\n\n${m.cancelled(p.orderNumber, p.children.join(', '))} ${m.why}\n\n` +
    `${m.nothingChargedText}\n${p.link}\n\n${emails.signature}`
  );
};

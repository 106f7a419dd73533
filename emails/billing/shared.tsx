// What every dunning e-mail of the daily billing run (lib/billing/run) carries: plain data built in
// SQL for exactly the contracts a step moved, rendered when delivered in the recipient's language.
// The pay link is signed here, at rendering, so the run's statement needs no secret.
import { chargePayUrl } from '@/lib/billing/payments/link';
import { messages, type Locale } from '@/lib/i18n';
import { mailDate } from '../dates';
import { mailMoney } from '../money';
import { EmailButton, EmailLayout } from '../layout';
import type { ReactNode } from 'react';

export type BillingMailProps = {
  firstName: string;
  contractNumber: string;
  offerTitle: string;
  chargeId: string;
  chargeLabel: string;
  /** What is owed: the charge's amount less its discount, minor units. */
  amount: number;
  currency: string;
  /** Warsaw calendar day, YYYY-MM-DD. */
  dueDate: string;
  /**
   * A contract paid at a centre's desk (pay method DESK): the centre's address ('' when unknown);
   * the e-mail says the charge can be paid there in cash or by card, or by the link. Absent or
   * null for every other pay method (and in e-mails queued before it existed).
   */
  deskPlace?: string | null;
};

export const t = (locale: Locale) => messages(locale).emailsBilling;

/** 2026-12-10 → "10 grudnia 2026" / "10 December 2026" (a bare day is that day in Warsaw). */
export const formatDay = (day: string, locale: Locale) => mailDate(day, locale);

export const owed = (p: BillingMailProps, locale: Locale) => mailMoney(p.amount, p.currency, locale);

export const payUrl = (p: BillingMailProps) => chargePayUrl(p.chargeId);

export const chargeText = (p: BillingMailProps, locale: Locale) =>
  t(locale).charge(p.contractNumber, p.offerTitle, p.chargeLabel, owed(p, locale), formatDay(p.dueDate, locale));

export function ChargeLine({ p, locale }: { p: BillingMailProps; locale: Locale }) {
  return <p>{chargeText(p, locale)}</p>;
}

const atDesk = (p: BillingMailProps) => typeof p.deskPlace === 'string';

/** DESK: where else the charge can be paid. */
export const deskText = (p: BillingMailProps, locale: Locale) => t(locale).desk(p.deskPlace || null);

export function PayButton({ p, locale }: { p: BillingMailProps; locale: Locale }) {
  return (
    <>
      {atDesk(p) && <p>{deskText(p, locale)}</p>}
      <EmailButton href={payUrl(p)}>{t(locale).payNow}</EmailButton>
    </>
  );
}

/** The plain-text pay line: the desk's sentence first for a DESK contract, then the link. */
export const payText = (p: BillingMailProps, locale: Locale) =>
  `${atDesk(p) ? `${deskText(p, locale)}\n` : ''}${t(locale).payHere(payUrl(p))}`;

export const footerText = (locale: Locale) => `\n\n${messages(locale).emails.signature}`;

export const greeting = (firstName: string, locale: Locale) => messages(locale).emails.greeting(firstName);

/** The layout with the greeting every contract e-mail opens with. */
export function BillingLayout(props: { title: string; firstName: string; locale: Locale; children: ReactNode }) {
  return (
    <EmailLayout title={props.title} locale={props.locale}>
      <p>{greeting(props.firstName, props.locale)}</p>
      {props.children}
    </EmailLayout>
  );
}

// Where a pay link lands when it does not go to PayU, and where PayU sends the payer back: the
// charge as it stands now (paid, cancelled, in progress, still open) in plain Polish.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { payLinkView, type PayLinkState } from '@/lib/billing/payments/pay-link';
import { PageHeader } from '@/components/forms/page-header';
import { PayLinkStatus } from '@/components/billing/pay-link-status';
import { pageParams } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).billingPay.link.title, robots: { index: false } };
}

const REASONS: readonly string[] = ['other-account', 'payu-down', 'refused'] satisfies PayLinkState[];

export default async function PayLinkStatusPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ powod?: string; error?: string }>;
}) {
  const locale = await currentLocale();
  const { token } = pageParams(await params);
  const view = await payLinkView(token);
  if (!view) notFound();
  const { powod, error } = await searchParams;
  const reason = view.state === 'open' && powod && REASONS.includes(powod) ? (powod as PayLinkState) : undefined;
  const failed = view.state === 'open' && error !== undefined;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title={messages(locale).billingPay.link.title} />
      <PayLinkStatus view={view} reason={reason} failed={failed} />
    </div>
  );
}

// The demo clock for staff (DEMO_CLOCK=1 with the embedded database, or the test server): where
// the platform's time is, and the form that moves it forward and runs the daily jobs.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import { demoClockView } from '@/lib/billing/run/demo-clock';
import { PageHeader } from '@/components/forms/page-header';
import { DemoClockForm } from '@/components/demo-clock/demo-clock-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).demoClock.title) };
}
export const dynamic = 'force-dynamic';

export default async function DemoClockPage() {
  const locale = await currentLocale();
  await requirePermission('demo:clock', '/panel/zegar');
  const view = demoClockView();
  if (!view.adjustable) notFound();
  const t = messages(locale).demoClock;
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro} />
      <section className="card space-y-1" aria-labelledby="clock-now">
        <h2 id="clock-now" className="text-sm font-semibold text-gray-600">
          {t.now}
        </h2>
        <p className="text-2xl font-bold">
          <time dateTime={view.now.toISOString()}>{formatDateTime(view.now, locale)}</time>
        </p>
        <p className="text-sm text-gray-600">{t.offset(view.offsetDays)}</p>
      </section>
      <DemoClockForm />
    </div>
  );
}

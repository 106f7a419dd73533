import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { discountsPanel } from '@/lib/billing/discounts/panel';
import { currentTime } from '@/lib/clock/clock';
import { warsawDateKey } from '@/lib/format/time';
import { PageHeader } from '@/components/forms/page-header';
import { DiscountCodeForm } from '@/components/billing/discounts/code-form';
import { DiscountCodeTable } from '@/components/billing/discounts/code-table';
import { DiscountQueue } from '@/components/billing/discounts/queue';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).discounts.panel.title) };
}

// Discounts for contracts: the declarations waiting for staff first, then the codes and a new one.
export default async function DiscountsPage() {
  const locale = await currentLocale();
  await requirePermission('discounts:manage', '/panel/rabaty');
  const t = messages(locale).discounts.panel;
  const { codes, queue } = await discountsPanel(locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro} />
      <section className="space-y-2" aria-labelledby="weryfikacja">
        <h2 id="weryfikacja" className="h2">
          {t.queue} ({queue.length})
        </h2>
        {queue.length ? <DiscountQueue rows={queue} /> : <p className="card">{t.queueEmpty}</p>}
      </section>
      <section className="space-y-2" aria-labelledby="kody">
        <h2 id="kody" className="h2">
          {t.codes}
        </h2>
        {codes.length ? <DiscountCodeTable rows={codes} /> : <p className="card">{t.codesEmpty}</p>}
      </section>
      <section className="space-y-2" aria-labelledby="nowy-kod">
        <h2 id="nowy-kod" className="h2">
          {t.newCode}
        </h2>
        <DiscountCodeForm today={warsawDateKey(currentTime())} />
      </section>
    </div>
  );
}

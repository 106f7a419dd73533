import type { Metadata } from 'next';
import { currentUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime } from '@/lib/format/time';
import { LIVE_MATHS_PATH, liveMathsPage } from '@/lib/live-maths/course-page';
import { PageHeader } from '@/components/forms/page-header';
import { Notice } from '@/components/forms/notice';
import { LiveOrderForm } from '@/components/live-maths/order-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).liveMaths.title };
}
export const dynamic = 'force-dynamic';

// Matplaneta Live: the groups on sale and the order of the first Abonament (issue 21).
export default async function LiveMathsPage() {
  const locale = await currentLocale();
  const user = await currentUser();
  const page = await liveMathsPage(user);
  const t = messages(locale).liveMaths;
  const groups = page.groups.map((g) => ({
    slug: g.slug,
    title: g.title,
    when: t.when(t.weekday[g.weekday] ?? '', g.startTime),
    teacher: t.teacher(g.teacher),
    seats: g.seatsLeft > 0 ? t.seatsLeft(g.seatsLeft) : t.full,
    full: g.seatsLeft <= 0,
    next: g.next.map((d) => formatDateTime(d, locale)),
    price: t.price(formatMoney(g.amount, g.currency, locale)),
    recording: g.records ? null : t.recording,
  }));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t.title} intro={t.intro} />
      <p className="text-sm">{t.abonament}</p>
      {groups.length === 0 ? (
        <Notice tone="info">{t.noGroups}</Notice>
      ) : (
        <LiveOrderForm
          groups={groups}
          viewer={page.viewer}
          childOptions={page.childOptions}
          signInHref={`/logowanie?next=${encodeURIComponent(LIVE_MATHS_PATH)}`}
        />
      )}
    </div>
  );
}

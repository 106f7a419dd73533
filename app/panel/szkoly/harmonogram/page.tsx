import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { timetablePanel } from '@/lib/matura/timetable';
import { PANEL_SCHOOLS_PATH, PANEL_TIMETABLE_PATH } from '@/lib/licence/paths';
import { PageHeader } from '@/components/forms/page-header';
import { TimetableDays } from '@/components/matura-teams/timetable-days';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).plannerTeams.timetable.title };
}
export const dynamic = 'force-dynamic';

// CKE's timetable per exam year (issue 23): what schools plan their rooms and teams for.
export default async function PanelTimetablePage({ searchParams }: { searchParams: Promise<{ rok?: string }> }) {
  const locale = await currentLocale();
  await requirePermission('panel:schools', PANEL_TIMETABLE_PATH);
  const { rok } = await searchParams;
  const page = await timetablePanel(Number(rok));
  const t = messages(locale).plannerTeams.timetable;
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro} back={{ href: PANEL_SCHOOLS_PATH, label: t.back }} />
      <nav aria-label={t.yearsLabel} className="flex flex-wrap gap-3">
        {page.years.map((y) => (
          <Link
            key={y}
            href={`${PANEL_TIMETABLE_PATH}?rok=${y}`}
            className={y === page.year ? 'btn-primary' : 'btn-secondary'}
            aria-current={y === page.year ? 'page' : undefined}
          >
            {t.year(y)}
          </Link>
        ))}
      </nav>
      <TimetableDays days={page.days} />
    </div>
  );
}

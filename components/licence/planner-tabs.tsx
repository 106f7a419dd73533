// The planner's sections as tabs (links, the current one marked) — every section's page renders it
// with its own key, so the tab bar needs no client code to know where it is.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { PLANNER_SECTIONS, plannerPath, type PlannerSection } from '@/lib/licence/paths';
import { currentLocale } from '@/lib/locale/current';

export async function PlannerTabs({ schoolId, current }: { schoolId: string; current: PlannerSection }) {
  const locale = await currentLocale();
  const t = messages(locale).planner;
  return (
    <nav aria-label={t.tabsLabel} className="flex flex-wrap gap-2">
      {(Object.keys(PLANNER_SECTIONS) as PlannerSection[]).map((k) => (
        <Link
          key={k}
          href={plannerPath(schoolId, k)}
          aria-current={k === current ? 'page' : undefined}
          className={k === current ? 'btn-primary' : 'btn-secondary'}
        >
          {t.tabs[k]}
        </Link>
      ))}
    </nav>
  );
}

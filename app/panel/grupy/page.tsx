// Staff list of groups: filter by step, company and course; each row links to the group and its order.
import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { coursesWithGroups, staffGroups, STAFF_GROUP_STATES, type StaffGroupState } from '@/lib/groups/staff-list';
import { messages } from '@/lib/i18n';
import { StaffGroupsTable } from '@/components/groups/staff-groups-table';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).groups.staffList.title) };
}

const asState = (v?: string) => STAFF_GROUP_STATES.find((s) => s === v) as StaffGroupState | undefined;

export default async function StaffGroupsPage({
  searchParams,
}: {
  searchParams: Promise<{ etap?: string; firma?: string; kurs?: string }>;
}) {
  const locale = await currentLocale();
  await requirePermission('panel:groups', '/panel/grupy');
  const q = await searchParams;
  const filter = { state: asState(q.etap), company: q.firma?.slice(0, 100), courseId: q.kurs || undefined };
  const [groups, courses] = await Promise.all([staffGroups(filter), coursesWithGroups()]);
  const t = messages(locale).groups.staffList;
  return (
    <div className="space-y-4">
      <h1 className="h1">{t.title}</h1>
      <p>{t.intro}</p>
      <form method="get" className="card grid gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end" role="search">
        <div>
          <label htmlFor="etap" className="label">
            {t.state}
          </label>
          <select id="etap" name="etap" className="input" defaultValue={filter.state ?? ''}>
            <option value="">{t.anyState}</option>
            {STAFF_GROUP_STATES.map((s) => (
              <option key={s} value={s}>
                {t.states[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="firma" className="label">
            {t.company}
          </label>
          <input id="firma" name="firma" className="input" defaultValue={filter.company ?? ''} />
        </div>
        <div>
          <label htmlFor="kurs" className="label">
            {t.course}
          </label>
          <select id="kurs" name="kurs" className="input" defaultValue={filter.courseId ?? ''}>
            <option value="">{t.anyCourse}</option>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className="btn-primary">
            {t.filter}
          </button>
          <a href="/panel/grupy" className="btn-secondary">
            {t.clear}
          </a>
        </div>
      </form>
      <p className="text-sm text-slate-700" role="status">
        {t.count(groups.length)}
      </p>
      <StaffGroupsTable groups={groups} />
    </div>
  );
}

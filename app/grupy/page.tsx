import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { listMyGroups, seatsLeft } from '@/lib/groups/group-access';
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).groups.myGroups };
}

export default async function MyGroupsPage() {
  const locale = await currentLocale();
  const user = await requirePermission('groups:manage-own', '/grupy');
  const m = messages(locale);
  const t = m.groups;
  const groups = await listMyGroups(user.id);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="h1">{t.myGroups}</h1>
        <p className="muted">{t.myGroupsIntro}</p>
      </div>
      {groups.length === 0 ? (
        <div className="card space-y-3">
          <p>{t.noGroups}</p>
          <Link href="/kursy" className="btn-primary">
            {m.learning.browseCatalogue}
          </Link>
        </div>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {groups.map((g) => (
            <li key={g.id} className="card space-y-3" data-testid="group">
              <h2 className="h2">
                <Link href={`/grupy/${g.id}`} className="hover:underline">
                  {g.course.title}
                </Link>
              </h2>
              <p className="text-sm text-slate-600">
                {t.groupSubtitle(g.companyName, g.orderItem.order.number)}
                {g.orderItem.order.paidAt ? ` · ${formatDate(g.orderItem.order.paidAt, locale)}` : ''}
              </p>
              <p className="text-sm">
                {t.seatsBought}: <strong>{g.seats}</strong> · {t.seatsUsed}: <strong>{g.seatsUsed}</strong> ·{' '}
                {t.seatsLeft}: <strong>{seatsLeft(g)}</strong>
              </p>
              {!g.active && <p className="text-sm font-medium text-red-800">{t.groupInactive}</p>}
              <Link href={`/grupy/${g.id}`} className="btn-primary" aria-label={`${t.openGroup}: ${g.course.title}`}>
                {t.openGroup}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

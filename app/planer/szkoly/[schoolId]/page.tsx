import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { formatCount } from '@/lib/format/plural';
import { formatLastDay } from '@/lib/format/time';
import { plannerPath } from '@/lib/licence/paths';
import { plannerContext } from '@/lib/licence/planner-page';
import { plannerOverview } from '@/lib/licence/planner-overview';
import { Notice } from '@/components/forms/notice';
import { PlannerFrame } from '@/components/licence/planner-frame';

export const metadata: Metadata = { title: messages().planner.title };
export const dynamic = 'force-dynamic';

// The planner's overview of one school: the counts that say what is left, the deadline, the steps.
export default async function PlannerOverviewPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = pageParams(await params);
  const user = await requireUser(plannerPath(schoolId));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  const t = messages().planner.overview;
  const o = ctx.access.level === 'blocked' ? null : await plannerOverview(user, schoolId);
  const tiles = o && [
    [t.students, o.counts.students],
    [t.classes, o.classes],
    [t.complete, o.counts.complete],
    [t.withErrors, o.counts.withErrors],
    [t.empty, o.counts.empty],
    [t.unchecked, o.counts.unchecked],
  ];
  return (
    <PlannerFrame access={ctx.access} schoolName={ctx.schoolName} current="overview" title={messages().planner.title}>
      {o && tiles && (
        <div className="space-y-5">
          <p>{t.intro(ctx.access.licence.examYear)}</p>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="planner-counts">
            {tiles.map(([label, n]) => (
              <div key={label as string} className="card">
                <dt className="muted text-sm">{label}</dt>
                <dd className="text-2xl font-semibold">{formatCount(n as number)}</dd>
              </div>
            ))}
          </dl>
          <Notice tone={o.locked ? 'warning' : 'info'}>
            {o.locked ? t.locked(formatLastDay(o.lockAt)) : t.deadline(formatLastDay(o.lockAt))}
          </Notice>
          <section className="card space-y-2">
            <h2 className="h2">{t.next}</h2>
            <ol className="list-decimal space-y-1 pl-5">
              {t.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </PlannerFrame>
  );
}

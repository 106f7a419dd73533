import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { plannerPath } from '@/lib/licence/paths';
import { plannerContext } from '@/lib/licence/planner-page';
import { plannerOverview } from '@/lib/licence/planner-overview';
import { PlannerFrame } from '@/components/licence/planner-frame';
import { PlannerDashboard } from '@/components/licence/planner-dashboard';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).planner.title };
}
export const dynamic = 'force-dynamic';

// The planner's overview of one school (issue 26): where things stand — tiles, the OKE counts, the
// declarations' states, the sessions still short of rooms or teams — and the steps.
export default async function PlannerOverviewPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const locale = await currentLocale();
  const { schoolId } = pageParams(await params);
  const user = await requireUser(plannerPath(schoolId));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  const t = messages(locale).planner.overview;
  const o = ctx.access.level === 'blocked' ? null : await plannerOverview(user, schoolId);
  return (
    <PlannerFrame
      access={ctx.access}
      schoolName={ctx.schoolName}
      current="overview"
      title={messages(locale).planner.title}
    >
      {o && (
        <div className="space-y-6">
          <p>{t.intro(ctx.access.licence.examYear)}</p>
          <PlannerDashboard o={o} schoolId={schoolId} />
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

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { pageParams } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { plannerContext } from '@/lib/licence/planner-page';
import { plannerPath } from '@/lib/licence/paths';
import { roomsPage } from '@/lib/matura/teams/pages';
import { PlannerFrame } from '@/components/licence/planner-frame';
import { RoomCard } from '@/components/matura-teams/room-card';
import { RoomForm } from '@/components/matura-teams/room-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).plannerTeams.rooms.title };
}
export const dynamic = 'force-dynamic';

// The school's exam rooms, the sessions in each and their teams (issue 23, Z1–Z6).
export default async function PlannerRoomsPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const locale = await currentLocale();
  const { schoolId } = pageParams(await params);
  const user = await requireUser(plannerPath(schoolId, 'rooms'));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  const t = messages(locale).plannerTeams.rooms;
  const page = ctx.access.level === 'blocked' ? null : await roomsPage(user, schoolId);
  return (
    <PlannerFrame access={ctx.access} schoolName={ctx.schoolName} current="rooms" title={t.title}>
      {page && (
        <div className="space-y-6">
          <p className="muted">{t.intro}</p>
          {page.rooms.length === 0 && <p className="card">{t.empty}</p>}
          {page.rooms.map((r) => (
            <RoomCard key={r.id} schoolId={schoolId} room={r} page={page} />
          ))}
          {page.canWork && (
            <section className="card space-y-3" aria-labelledby="add-room">
              <h2 id="add-room" className="h2">
                {t.addHeading}
              </h2>
              <RoomForm schoolId={schoolId} />
            </section>
          )}
        </div>
      )}
    </PlannerFrame>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { pageParams } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { plannerContext } from '@/lib/licence/planner-page';
import { plannerPath } from '@/lib/licence/paths';
import { roomSessionPage } from '@/lib/matura/teams/pages';
import { PlannerFrame } from '@/components/licence/planner-frame';
import { RoomSessionView } from '@/components/matura-teams/room-session-view';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).plannerTeams.rooms.title };
}
export const dynamic = 'force-dynamic';

type Params = { schoolId: string; roomId: string; roomSessionId: string };

// One room at one session: seating, team, warnings, the director's approval (issue 23, Z1–Z6).
export default async function PlannerRoomSessionPage({ params }: { params: Promise<Params> }) {
  const locale = await currentLocale();
  const { schoolId, roomId, roomSessionId } = pageParams(await params);
  const user = await requireUser(plannerPath(schoolId, 'rooms', `/${roomId}/sesje/${roomSessionId}`));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  const t = messages(locale).plannerTeams.roomSession;
  const page =
    ctx.access.level === 'blocked'
      ? null
      : await roomSessionPage(user, schoolId, roomId, roomSessionId).catch((e: unknown) =>
          e instanceof NotFoundError ? notFound() : Promise.reject(e),
        );
  const title = page ? t.title(page.room.name, page.label) : messages(locale).plannerTeams.rooms.title;
  return (
    <PlannerFrame access={ctx.access} schoolName={ctx.schoolName} current="rooms" title={title}>
      <p>
        <Link href={plannerPath(schoolId, 'rooms')} className="link text-sm">
          {t.back}
        </Link>
      </p>
      {page && <RoomSessionView schoolId={schoolId} page={page} />}
    </PlannerFrame>
  );
}

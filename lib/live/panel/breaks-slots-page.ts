// Page models of the school breaks list (staff) and of a teacher's published individual slots.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { requireLive, type LiveViewer } from '@/lib/live/access';

export async function dayOffList(viewer: LiveViewer) {
  requireLive(viewer, 'live:manage');
  return db().liveDayOff.findMany({
    orderBy: { from: 'desc' },
    select: { id: true, from: true, to: true, name: true },
  });
}

export async function mySlots(viewer: LiveViewer, now = currentTime()) {
  requireLive(viewer, 'live:teach');
  const [slots, courses] = await Promise.all([
    db().liveSession.findMany({
      where: { teacherId: viewer.id, groupId: null, endsAt: { gt: now } },
      orderBy: { startsAt: 'asc' },
      take: 200,
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        taken: true,
        status: true,
        course: { select: { title: true } },
      },
    }),
    db().course.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true } }),
  ]);
  return { slots, courses: courses.map((c) => ({ value: c.id, label: c.title })) };
}

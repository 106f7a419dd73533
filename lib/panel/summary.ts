import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { fromWarsaw, warsawParts } from '@/lib/format/time';

export async function panelSummary(now = currentTime()) {
  const p = warsawParts(now);
  const startOfDay = fromWarsaw(p.year, p.month, p.day);
  const [users, courses, mailToday] = await Promise.all([
    db().user.count(),
    db().course.count(),
    db().emailMessage.count({ where: { createdAt: { gte: startOfDay } } }),
  ]);
  return { users, courses, mailToday };
}

// Attachment files live in lib/storage (instances are stateless). Learners may read one only
// through an active enrolment in the lesson's course (and its contract's access, if it came from
// one): the check is part of the query.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { contractAccessWhere } from '@/lib/billing/access';
import { warsawToday } from '@/lib/billing/rules/days';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export async function attachmentFor(id: string, who: { userId: string; staff: boolean }, now = currentTime()) {
  const enrolled = {
    lesson: {
      module: {
        course: {
          enrolments: {
            some: {
              userId: who.userId,
              status: 'ACTIVE' as const,
              startsAt: { lte: now },
              AND: [{ OR: [{ endsAt: null }, { endsAt: { gt: now } }] }, contractAccessWhere(warsawToday(now))],
            },
          },
        },
      },
    },
  };
  return db().attachment.findFirst({
    where: { id, ...(who.staff ? {} : enrolled) },
    select: { fileName: true, mimeType: true, size: true, fileKey: true },
  });
}

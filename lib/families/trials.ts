// The 2-day Standard trial (§2.3, §3.1): once per parent per school year, from the click, for
// every child of the parent. Access ends to the minute because the enrolments end at endsAt
// and every learner page checks them against currentTime().
import { db } from '@/lib/db/client';
import { isUniqueViolation, UserError } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';
import { absoluteUrl } from '@/lib/url';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { childClass } from '@/lib/families/children';
import { subjectsFor } from '@/lib/families/rules/packages';
import { grantSubjectCourses } from '@/lib/families/subject-courses';
import { canStartTrial, trialEndsAt, trialSchoolYear } from '@/lib/families/rules/trial';

export async function trialOf(parentId: string, now = currentTime()) {
  return db().familyTrial.findUnique({
    where: { parentId_schoolYear: { parentId, schoolYear: trialSchoolYear(now).startYear } },
    select: { startedAt: true, endsAt: true },
  });
}

export async function startTrial(parentId: string, now = currentTime()): Promise<{ endsAt: Date }> {
  const previous = await db().familyTrial.findMany({ where: { parentId }, select: { startedAt: true } });
  const decision = canStartTrial(previous, now);
  if (!decision.ok) throw new UserError(decision.reason);
  const children = await db().child.findMany({
    where: { parentId },
    select: { birthYear: true, classShift: true, userId: true, fullName: true },
  });
  const parent = await db().user.findUniqueOrThrow({
    where: { id: parentId },
    select: { email: true, firstName: true },
  });
  const eligible = children.map((c) => ({ c, cls: childClass(c, decision.schoolYear) })).filter((x) => x.cls.ok);
  if (eligible.length === 0) throw new UserError('families.errors.trialNeedsChild');
  const endsAt = trialEndsAt(now);
  let mailId: string | null = null;
  try {
    mailId = await db().$transaction(async (tx) => {
      const trial = await tx.familyTrial.create({
        data: { parentId, schoolYear: decision.schoolYear.startYear, startedAt: now, endsAt },
        select: { id: true },
      });
      for (const { c, cls } of eligible) {
        if (!cls.ok) continue;
        await grantSubjectCourses(tx, {
          userId: c.userId,
          subjects: subjectsFor('STANDARD', cls.classNumber),
          startsAt: now,
          endsAt,
        });
      }
      if (!parent.email) return null;
      return queueEmailOnce(tx, `trial-started:${trial.id}`, parent.email, 'trial-started', {
        firstName: parent.firstName,
        endsAt: endsAt.toISOString(),
        children: eligible.map(({ c }) => c.fullName),
        link: absoluteUrl('/rodzina'),
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new UserError('families.errors.trialOnce');
    }
    throw e;
  }
  if (mailId) await dispatchEmails([mailId]);
  return { endsAt };
}

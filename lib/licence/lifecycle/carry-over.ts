// A19 + finding 6: a renewing school's students who resit in August move to the renewal's
// licence, each with its declaration (the MaturaExam rows), as a copy whose carriedFromId names
// the old row (unique: a second run copies nothing).
//
// When: at the old licence's purge instant (the end of 30 July), the moment the renewal becomes
// the school's licence in the planner (schoolAccess keeps a renewed licence current, in full use,
// until then). Not when the renewal is ordered or paid: the resit is known only from the results
// in July, and until the switch the school keeps editing the old rows — a copy made in June would
// miss the resit flags and be stale. The renewal must stand (paid or awaiting payment, not void);
// a student flagged later than the first run is carried by the next daily run.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { warsawParts } from '@/lib/format/time';
import { Prisma } from '@/lib/db/generated/client';
import { purgeDueAt } from '@/lib/matura/rules/deadlines';
import { renewalOf } from './shared';

/** Carries one licence's resit students to its renewal; the number copied (0 when none is due or all are). */
export async function carryOverResits(licenceId: string, now = currentTime()): Promise<number> {
  return db().$transaction(async (tx) => {
    const old = await tx.schoolLicence.findUnique({
      where: { id: licenceId },
      select: { id: true, schoolId: true, examYear: true, purgedAt: true },
    });
    if (!old || old.purgedAt || now < purgeDueAt(old.examYear)) return 0;
    const renewal = await renewalOf(tx, old);
    if (!renewal) return 0;
    // Two runs at once wait for each other here, so the second sees the first's copies.
    await tx.$queryRaw`SELECT "id" FROM "SchoolLicence" WHERE "id" = ${renewal.id} FOR UPDATE`;
    if (renewal.renewalOfId === null)
      await tx.schoolLicence.update({ where: { id: renewal.id }, data: { renewalOfId: old.id } });
    const due = await tx.maturaStudent.findMany({
      where: { schoolId: old.schoolId, licenceId: old.id, resit: true },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        className: true,
        formula: true,
        vocationalExemption: true,
        ownLanguage: true,
        lateStart: true,
        exams: { select: { subject: true, part: true, level: true, environment: true } },
      },
      orderBy: { id: 'asc' },
    });
    const carried = new Set(
      (
        await tx.maturaStudent.findMany({
          where: { schoolId: old.schoolId, carriedFromId: { in: due.map((s) => s.id) } },
          select: { carriedFromId: true },
        })
      ).map((s) => s.carriedFromId),
    );
    let copied = 0;
    for (const { id, exams, ...student } of due) {
      if (carried.has(id)) continue;
      // The new year's declaration is checked again against its paper copy (A14): no checkedAt.
      const copy = await tx.maturaStudent.create({
        data: { ...student, schoolId: old.schoolId, licenceId: renewal.id, carriedFromId: id },
        select: { id: true },
      });
      if (exams.length > 0)
        await tx.maturaExam.createMany({
          data: exams.map((e) => ({
            ...e,
            environment: e.environment ?? Prisma.DbNull,
            schoolId: old.schoolId,
            studentId: copy.id,
          })),
        });
      copied += 1;
    }
    return copied;
  });
}

/** The job's step: every renewed licence of this or last exam year past its switch; students copied. */
export async function carryOverDueResits(now = currentTime()): Promise<number> {
  const year = warsawParts(now).year;
  const rows = await db().schoolLicence.findMany({
    where: { purgedAt: null, examYear: { in: [year - 1, year] } },
    select: { id: true, examYear: true },
    orderBy: { id: 'asc' },
  });
  let copied = 0;
  for (const l of rows.filter((r) => now >= purgeDueAt(r.examYear))) copied += await carryOverResits(l.id, now);
  return copied;
}

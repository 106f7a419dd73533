// Demo language school for `npm start` (issue 20): the programme "Polski dla obcokrajowców" with
// levels A1–C1 (each a course with lessons, a PDF worksheet and its level test), the placement
// test, weekly classes with 'lektor' for A1–B1, both plans' offers per level, and two learners:
// maria (monthly plan paid, passed A1, studying A2 with classes booked) and ivan (suspended: a
// month unpaid). Written through the real services with back-dated times. Idempotent: nothing is
// added when the programme exists.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { warsawDateKey } from '@/lib/format/time';
import { addDays } from '@/lib/calendar/business-days';
import { planPolicy } from '@/lib/billing/rules/plans';
import { createLiveGroup } from '@/lib/live/groups/create';
import type { WeeklySchedule } from '@/lib/live/rules/schedule';
import { LANGUAGE_PRODUCT } from '@/lib/language/programme';
import { LANGUAGE_LEVELS, PLACEMENT_QUESTIONS, PLACEMENT_RULES, PLACEMENT_SLUG } from './language-content';
import { createLevelCourse, createPlacementCourse } from './language-courses';
import { seedLanguageLearners } from './language-learners';

export const LANGUAGE_PROGRAMME_SLUG = 'polski-dla-obcokrajowcow';
export { LANGUAGE_LEVELS, PLACEMENT_QUESTIONS, PLACEMENT_SLUG } from './language-content';

/** The offers of a level: `polski-a1-miesiecznie` (razem-monthly) and `polski-a1-z-gory` (razem-full). */
export const languageOfferSlug = (cefr: string, plan: 'monthly' | 'full') =>
  `polski-${cefr.toLowerCase()}-${plan === 'monthly' ? 'miesiecznie' : 'z-gory'}`;

/** Weekly classes of A1, A2 and B1 on the same weekday, apart from lektor's other groups (18:00, 16:00 two days on). */
const CLASS_TIMES: Record<string, string> = { A1: '09:00', A2: '11:00', B1: '13:00' };

const weekdayOf = (day: string) =>
  (((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1) as WeeklySchedule['weekday'];

export async function seedLanguageDemo(password: string, staffLogin: string, now = currentTime()): Promise<void> {
  if (await db().languageProgramme.findUnique({ where: { slug: LANGUAGE_PROGRAMME_SLUG }, select: { id: true } }))
    return;
  const category = await db().category.findUnique({ where: { slug: 'jezyki' }, select: { id: true } });
  const staff = await db().user.findUnique({ where: { login: staffLogin }, select: { id: true, roles: true } });
  const teacher = await db().user.findUnique({ where: { login: 'lektor' }, select: { id: true } });
  if (!category || !staff || !teacher) return;

  const placementCourseId = await createPlacementCourse(
    PLACEMENT_SLUG,
    category.id,
    PLACEMENT_QUESTIONS,
    PLACEMENT_RULES,
  );
  const courseIds: string[] = [];
  for (const level of LANGUAGE_LEVELS) courseIds.push(await createLevelCourse(level, category.id, now));
  const programme = await db().languageProgramme.create({
    data: {
      slug: LANGUAGE_PROGRAMME_SLUG,
      title: 'Polski dla obcokrajowców',
      summary:
        'Kurs języka polskiego online od A1 do C1: lekcje multimedialne, materiały PDF i zajęcia wirtualne z lektorem w małych grupach. Każdy poziom kończy test poziomujący, a na życzenie — certyfikat poziomu.',
      // A consumer contract with a payment obligation needs full legal capacity (art. 11 k.c.).
      minAge: 18,
      placementCourseId,
      placementMinutes: 30,
      placementBandPercent: 60,
      levels: {
        create: LANGUAGE_LEVELS.map((l, i) => ({
          position: i + 1,
          cefr: l.cefr,
          title: l.title,
          courseId: courseIds[i],
          hours: l.hours,
        })),
      },
    },
    select: { id: true },
  });

  for (const [i, level] of LANGUAGE_LEVELS.entries()) {
    for (const plan of ['monthly', 'full'] as const) {
      const planCode = plan === 'monthly' ? 'razem-monthly' : 'razem-full';
      await db().billingOffer.create({
        data: {
          slug: languageOfferSlug(level.cefr, plan),
          title: `${level.title} — ${plan === 'monthly' ? 'abonament miesięczny' : 'cały poziom z góry'}`,
          product: LANGUAGE_PRODUCT,
          planKind: planPolicy(planCode).kind,
          planCode,
          amount: plan === 'monthly' ? level.monthly : level.full,
          courseId: courseIds[i],
        },
      });
    }
  }

  const tomorrow = addDays(warsawDateKey(now), 1);
  for (const [i, level] of LANGUAGE_LEVELS.entries()) {
    const startTime = CLASS_TIMES[level.cefr];
    if (!startTime) continue;
    await createLiveGroup(
      staff,
      {
        programme: `polski-${level.cefr.toLowerCase()}`,
        title: `${level.title} — zajęcia z lektorem`,
        courseId: courseIds[i],
        teacherId: teacher.id,
        capacity: 10,
        minParticipants: 3,
        bookingMode: 'OPEN',
        records: true,
        schedule: {
          weekday: weekdayOf(tomorrow),
          startTime,
          durationMinutes: 90,
          breakMinutes: 0,
          firstDay: tomorrow,
          lastDay: addDays(tomorrow, 55),
        },
      },
      now,
    );
  }

  await seedLanguageLearners({ programmeId: programme.id, password, courseIds, now });
}

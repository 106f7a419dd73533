// Demo "Kursy On-Line" (matplaneta On-Line, O1–O3) for `npm start`: a recorded maths course sold
// once through the cart, with its own streamed lesson video (a 6-second WebM recorded from a canvas,
// lib/demo/assets), weekly one-hour consultations taught by 'lektor' for 12 months from the start,
// and kursant enrolled so a newcomer sees it without buying. Idempotent: an existing course is kept.
import { storeFileNow } from '@/lib/storage';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { warsawDateKey } from '@/lib/format/time';
import { addDays } from '@/lib/calendar/business-days';
import { createLiveGroup } from '@/lib/live/groups/create';
import { grantEnrolment } from '@/lib/settlement/grants';
import type { WeeklySchedule } from '@/lib/live/rules/schedule';

export const ONLINE_COURSE_SLUG = 'matematyka-online-ulamki';
export const ONLINE_CONSULTATIONS_TITLE = 'Matematyka On-Line — konsultacje tygodniowe';
const VIDEO_FILE = 'matematyka-online-lekcja.webm';

const LESSONS = [
  {
    title: 'Dodawanie w pamięci — film',
    minutes: 5,
    video: true,
    body: 'Obejrzyj krótki film, a potem policz w pamięci:\n\n1. 2 + 3\n2. 7 × 8\n\nWyniki sprawdzisz na końcu filmu.',
  },
  {
    title: 'Ułamki zwykłe',
    minutes: 15,
    video: false,
    body: 'Ułamek **a/b** to *a* części z *b* równych części całości.\n\n- 1/2 + 1/4 = 3/4\n- 2/3 z 9 = 6\n\nZadanie: ile to 3/4 z 20?',
  },
  {
    title: 'Procenty na co dzień',
    minutes: 15,
    video: false,
    body: 'Procent to setna część: 25% = 25/100 = 1/4.\n\nZadanie: kurtka kosztowała 200 zł, a po obniżce o 15% — ile?',
  },
];

/** A short final test, so the course page's test box leads somewhere. */
const QUESTIONS = [
  { text: 'Ile to 7 × 8?', options: ['54', '56', '64'], correct: 1 },
  { text: 'Ile to 3/4 z 20?', options: ['12', '15', '16'], correct: 1 },
  {
    text: 'Kurtka za 200 zł tanieje o 15%. Ile kosztuje po obniżce?',
    options: ['170 zł', '185 zł', '150 zł'],
    correct: 0,
  },
];

/** ISO weekday (1 = Monday) of a Warsaw day key. */
const weekdayOf = (day: string) =>
  (((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1) as WeeklySchedule['weekday'];

export async function seedOnlineCourseDemo(staffLogin: string, now = currentTime()): Promise<void> {
  if (await db().course.findUnique({ where: { slug: ONLINE_COURSE_SLUG }, select: { id: true } })) return;
  const video = readFileSync(join(process.cwd(), 'lib/demo/assets', VIDEO_FILE));
  const course = await db().$transaction(async (tx) => {
    const c = await tx.course.create({
      data: {
        slug: ONLINE_COURSE_SLUG,
        title: 'Matematyka On-Line — ułamki i procenty',
        summary: 'Nagrane lekcje i materiały bez ograniczeń czasowych oraz cotygodniowe konsultacje przez 12 miesięcy.',
        description:
          'Kurs on-line: filmy i materiały dostępne bezterminowo, a co tydzień godzinne konsultacje na żywo z nauczycielem — zapisujesz się na każdą osobno, przez 12 miesięcy od rozpoczęcia kursu. Filmy oglądasz w odtwarzaczu na platformie (bez pobierania).',
        syllabus: ['Liczenie w pamięci', 'Ułamki zwykłe', 'Procenty', 'Konsultacje on-line co tydzień'],
        accessMonths: null,
        consultationMonths: 12,
        priceGross: 24900,
        testQuestionCount: QUESTIONS.length,
        category: { connect: { slug: 'szkola' } },
        offers: { create: [{ seats: 1, priceGross: 24900 }] },
      },
      select: { id: true },
    });
    const mod = await tx.courseModule.create({
      data: { courseId: c.id, position: 1, title: 'Arytmetyka bez tajemnic' },
      select: { id: true },
    });
    const fileKey = await storeFileNow(tx, 'course-media', video, 'video/webm');
    const media = await tx.courseMedia.create({
      data: { courseId: c.id, fileName: VIDEO_FILE, mimeType: 'video/webm', size: video.byteLength, fileKey },
      select: { id: true },
    });
    for (const [i, l] of LESSONS.entries())
      await tx.lesson.create({
        data: {
          moduleId: mod.id,
          position: i + 1,
          title: l.title,
          body: l.body,
          minutes: l.minutes,
          videoMediaId: l.video ? media.id : null,
        },
      });
    for (const [i, q] of QUESTIONS.entries())
      await tx.question.create({
        data: {
          courseId: c.id,
          kind: 'SINGLE',
          text: q.text,
          position: i + 1,
          options: { create: q.options.map((text, oi) => ({ text, correct: oi === q.correct, position: oi + 1 })) },
        },
      });
    return c;
  });

  const learner = await db().user.findUnique({ where: { login: 'kursant' }, select: { id: true } });
  if (learner)
    await db().$transaction((tx) =>
      grantEnrolment(tx, { userId: learner.id, courseId: course.id, accessMonths: null, now }),
    );

  const staff = await db().user.findUnique({ where: { login: staffLogin }, select: { id: true, roles: true } });
  const teacher = await db().user.findUnique({ where: { login: 'lektor' }, select: { id: true } });
  if (!staff || !teacher) return;
  const first = addDays(warsawDateKey(now), 3);
  await createLiveGroup(
    staff,
    {
      programme: 'matematyka-online-konsultacje',
      title: ONLINE_CONSULTATIONS_TITLE,
      courseId: course.id,
      teacherId: teacher.id,
      capacity: 10,
      minParticipants: 1,
      bookingMode: 'OPEN',
      records: false,
      schedule: {
        weekday: weekdayOf(first),
        startTime: '19:00',
        durationMinutes: 60,
        breakMinutes: 0,
        firstDay: first,
        lastDay: addDays(first, 7 * 7),
      },
    },
    now,
  );
}

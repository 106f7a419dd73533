// Demo content for the subject courses: two short weekly lessons and a short test each, so a
// child can log in and learn at once. Staff replace it in the panel's course editor.
import { db } from '@/lib/db/client';
import { SUBJECT_NAMES, type SubjectCode } from '@/lib/families/rules/subjects';
import { ALL_SUBJECTS, FAMILY_CATEGORY, subjectCourseSlug } from '@/lib/families/subject-courses';

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lessons(name: string) {
  return [
    {
      title: 'Tydzień 1: Poznajemy przedmiot',
      minutes: 10,
      body: `# ${capitalised(name)} — tydzień 1\n\nWitaj w szkole polskiej online! W tym tygodniu poznajesz, czego będziesz się uczyć w tym roku.\n\n1. Przeczytaj spokojnie tę lekcję.\n2. Zapisz w zeszycie trzy rzeczy, które już wiesz.\n3. Oznacz lekcję jako ukończoną.\n\n> Rodzic widzi Twoje postępy na swoim koncie.`,
    },
    {
      title: 'Tydzień 2: Pierwsze ćwiczenia',
      minutes: 15,
      body: `# ${capitalised(name)} — tydzień 2\n\nDziś ćwiczymy. Wykonaj zadania z tej lekcji, a potem rozwiąż krótki test na końcu kursu.\n\n- Przeczytaj polecenie na głos.\n- Wykonaj zadanie w zeszycie.\n- Sprawdź odpowiedzi z rodzicem.`,
    },
  ];
}

const QUESTIONS = [
  {
    text: 'Ile miesięcy trwa rok szkolny (od września do czerwca)?',
    options: [
      ['10', true],
      ['12', false],
      ['6', false],
    ],
  },
  {
    text: 'W którym miesiącu zaczyna się rok szkolny?',
    options: [
      ['we wrześniu', true],
      ['w styczniu', false],
      ['w lipcu', false],
    ],
  },
  {
    text: 'Co robisz po przeczytaniu lekcji?',
    options: [
      ['oznaczam ją jako ukończoną', true],
      ['nic', false],
    ],
  },
] as const;

export async function seedFamilySubjects(): Promise<void> {
  const category = await db().category.upsert({
    where: { slug: FAMILY_CATEGORY.slug },
    create: FAMILY_CATEGORY,
    update: {},
    select: { id: true },
  });
  for (const code of ALL_SUBJECTS) await seedSubject(code, category.id);
}

async function seedSubject(code: SubjectCode, categoryId: string): Promise<void> {
  const name = SUBJECT_NAMES[code];
  const slug = subjectCourseSlug(code);
  if (await db().course.findUnique({ where: { slug }, select: { id: true } })) return;
  await db().$transaction(async (tx) => {
    await tx.course.create({
      data: {
        slug,
        categoryId,
        title: `Szkoła polska: ${name}`,
        summary: `Tygodniowe lekcje i testy: ${name}.`,
        description: `Przedmiot „${name}” w programie szkoły polskiej za granicą.`,
        syllabus: ['Tygodniowe lekcje', 'Test'],
        accessMonths: null,
        priceGross: 0,
        published: false,
        testQuestionCount: QUESTIONS.length,
        passMarkPercent: 60,
        maxAttempts: 5,
        modules: {
          create: [
            {
              position: 1,
              title: 'Wrzesień',
              lessons: { create: lessons(name).map((l, i) => ({ position: i + 1, ...l })) },
            },
          ],
        },
        questions: {
          create: QUESTIONS.map((q, qi) => ({
            kind: 'SINGLE' as const,
            text: q.text,
            position: qi + 1,
            options: { create: q.options.map(([text, correct], oi) => ({ text, correct, position: oi + 1 })) },
          })),
        },
      },
    });
  });
}

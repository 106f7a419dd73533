// Demo data for `npm start`: one account of each kind and a small Polish catalogue.
// Idempotent: running it again changes nothing that exists (passwords are not re-hashed).
import { hashPassword } from '@/lib/auth/password';
import { termsVersionInForce } from '@/lib/auth/terms';
import type { Role } from '@/lib/db/generated/enums';
import { db } from '@/lib/db/client';
import { GROUP_PACKAGE_SEATS, groupPackagePrice } from '@/lib/catalog/offers';
import { seedLearningContent } from '@/lib/demo/learning-content';
import { seedFamilySubjects } from '@/lib/demo/family-subjects';
import { seedFamilyDemo } from '@/lib/demo/family';
import { seedCompanyGroupDemo } from '@/lib/demo/company-group';
import { seedSupportDemo } from '@/lib/demo/support';
import { seedDemoInvoices } from '@/lib/demo/invoices';
import { seedForeignFamilyDemo } from '@/lib/demo/family-foreign';
import { seedFamilyDashboardDemo } from '@/lib/demo/family-dashboard';
import { seedRevokedCertificateDemo } from '@/lib/demo/revoked-certificate';
import { seedLiveDemo } from '@/lib/demo/live';
import { seedBillingDemo } from '@/lib/demo/billing';
import { seedCentresDemo } from '@/lib/demo/centres';
import { seedLanguageDemo } from '@/lib/demo/language';
import { seedLanguageOfficeDemo } from '@/lib/demo/language-office';
import { seedOnlineCourseDemo } from '@/lib/demo/online-course';
import { DEMO_SCHOOL, seedSchoolsDemo } from '@/lib/demo/schools';
import { seedSchoolsTeamsDemo } from '@/lib/demo/schools-teams';
import { seedSchoolStudentsDemo } from '@/lib/demo/schools-students';
import { PAID_DEMO_SCHOOL, seedPaidSchoolDemo } from '@/lib/demo/schools-paid';
import { seedSchoolsSchoolDemo } from '@/lib/demo/schools-school';
import { seedStaffHomeDemo, seedWaitingAgreementDemo } from '@/lib/demo/staff-home';
import type { CourseLanguage } from '@/lib/catalog/rules/course-language';

export const DEMO_PASSWORD = 'Planeta2026';

export const DEMO_USERS: { email: string; login: string; firstName: string; lastName: string; roles: Role[] }[] = [
  { email: 'zespol@planeta.local', login: 'zespol', firstName: 'Zofia', lastName: 'Żak', roles: ['ADMINISTRATOR'] },
  {
    email: 'firma@planeta.local',
    login: 'firma',
    firstName: 'Łukasz',
    lastName: 'Wiśniewski',
    roles: ['COMPANY_ADMIN'],
  },
  { email: 'rodzic@planeta.local', login: 'rodzic', firstName: 'Małgorzata', lastName: 'Nowak', roles: ['PARENT'] },
  { email: 'kursant@planeta.local', login: 'kursant', firstName: 'Jan', lastName: 'Kowalski', roles: ['LEARNER'] },
  // One colleague per staff role (lib/auth/permissions.ts), to see what each may do.
  {
    email: 'ksiegowosc@planeta.local',
    login: 'ksiegowosc',
    firstName: 'Karol',
    lastName: 'Kwiatkowski',
    roles: ['ACCOUNTING'],
  },
  { email: 'tresci@planeta.local', login: 'tresci', firstName: 'Teresa', lastName: 'Lis', roles: ['CONTENT'] },
  { email: 'wsparcie@planeta.local', login: 'wsparcie', firstName: 'Wiktor', lastName: 'Sowa', roles: ['SUPPORT'] },
];

const CATEGORIES = [
  { slug: 'bhp', name: 'BHP i bezpieczeństwo' },
  { slug: 'prawo', name: 'Prawo i RODO' },
  { slug: 'cyfrowe', name: 'Kompetencje cyfrowe' },
  { slug: 'jezyki', name: 'Języki obce' },
  { slug: 'szkola', name: 'Szkoła i egzaminy' },
];

type SeedCourse = {
  slug: string;
  category: string;
  title: string;
  summary: string;
  description: string;
  syllabus: string[];
  accessMonths: number | null;
  priceGross: number;
  /** What the lessons are written in (Course.language); Polish unless given. */
  language?: CourseLanguage;
};

export const DEMO_COURSES: SeedCourse[] = [
  {
    slug: 'bhp-pracownicy-biurowi',
    category: 'bhp',
    title: 'Szkolenie okresowe BHP dla pracowników biurowych',
    summary:
      'Obowiązkowe szkolenie okresowe dla stanowisk administracyjno-biurowych, zakończone testem i zaświadczeniem.',
    description:
      'Kurs obejmuje przepisy prawa pracy dotyczące BHP, ergonomię pracy przy komputerze, zasady ochrony przeciwpożarowej i pierwszą pomoc. Po zdaniu testu końcowego uczestnik pobiera zaświadczenie o ukończeniu szkolenia.',
    syllabus: [
      'Prawo pracy w zakresie BHP',
      'Ergonomia stanowiska z monitorem',
      'Ochrona przeciwpożarowa',
      'Pierwsza pomoc',
      'Test końcowy',
    ],
    accessMonths: 2,
    priceGross: 9900,
  },
  {
    slug: 'rodo-w-praktyce',
    category: 'prawo',
    title: 'RODO w praktyce firmy',
    summary: 'Jak przetwarzać dane osobowe klientów i pracowników zgodnie z RODO — na przykładach z polskich firm.',
    description:
      'Podstawy prawne przetwarzania, obowiązki informacyjne, umowy powierzenia, naruszenia ochrony danych i ich zgłaszanie do UODO.',
    syllabus: [
      'Zasady przetwarzania danych',
      'Podstawy prawne',
      'Umowa powierzenia',
      'Naruszenia i zgłoszenia',
      'Test końcowy',
    ],
    accessMonths: 2,
    priceGross: 14900,
  },
  {
    slug: 'cyberbezpieczenstwo',
    category: 'cyfrowe',
    title: 'Cyberbezpieczeństwo w pracy zdalnej',
    summary: 'Phishing, hasła, uwierzytelnianie dwuskładnikowe i bezpieczna praca poza biurem.',
    description:
      'Praktyczny kurs dla każdego pracownika: rozpoznawanie oszustw, zarządzanie hasłami, bezpieczne sieci i urządzenia.',
    syllabus: [
      'Phishing i socjotechnika',
      'Hasła i menedżery haseł',
      'Uwierzytelnianie dwuskładnikowe',
      'Bezpieczna sieć domowa',
      'Test końcowy',
    ],
    accessMonths: 2,
    priceGross: 12900,
  },
  {
    slug: 'excel-od-podstaw',
    category: 'cyfrowe',
    title: 'Excel od podstaw',
    summary: 'Formuły, tabele przestawne i wykresy — krok po kroku, z plikami ćwiczeniowymi.',
    description: 'Kurs dla osób, które chcą sprawnie pracować z arkuszem kalkulacyjnym w codziennej pracy biurowej.',
    syllabus: ['Interfejs i skróty', 'Formuły i funkcje', 'Tabele przestawne', 'Wykresy', 'Test końcowy'],
    accessMonths: 12,
    priceGross: 19900,
  },
  {
    slug: 'angielski-b1',
    category: 'jezyki',
    title: 'Angielski B1 — kurs z certyfikatem',
    summary: 'Kurs na poziomie B1 z testem poziomującym i testem końcowym (zaliczenie od 65%).',
    description:
      'Słownictwo i gramatyka poziomu B1, nagrania lekcji i ćwiczenia. Zaświadczenie po zaliczeniu testu końcowego.',
    syllabus: ['Test poziomujący', 'Czasy przeszłe', 'Tryby warunkowe', 'Słownictwo zawodowe', 'Test końcowy'],
    accessMonths: 12,
    priceGross: 59900,
  },
  {
    slug: 'matematyka-egzamin-osmoklasisty',
    category: 'szkola',
    title: 'Matematyka — egzamin ósmoklasisty',
    summary: 'Powtórka całego materiału z zadaniami egzaminacyjnymi i omówieniem rozwiązań.',
    description: 'Nagrane lekcje i zadania z lat ubiegłych. Nieograniczony dostęp do materiałów.',
    syllabus: ['Liczby i działania', 'Procenty', 'Geometria płaska', 'Bryły', 'Próbny egzamin'],
    accessMonths: null,
    priceGross: 34900,
  },
  {
    slug: 'matematyka-funkcje',
    category: 'szkola',
    title: 'Matematyka — funkcje liniowe i kwadratowe',
    summary:
      'Funkcja liniowa i kwadratowa w tabelach, wzorach i zadaniach — z testem, który sprawdza każdy typ pytania.',
    description:
      'Trzy lekcje z tabelami i wzorami (miejsca zerowe, wyróżnik, wierzchołek paraboli) i test końcowy: wybór, prawda/fałsz, luki, dopasowania, kolejność, odpowiedzi liczbowe i krótkie.',
    syllabus: ['Funkcja liniowa', 'Funkcja kwadratowa', 'Równania kwadratowe', 'Test końcowy'],
    accessMonths: 12,
    priceGross: 14900,
  },
  {
    // Taught in English, for the catalogue's language badge and filter (?jezyk=en).
    slug: 'workplace-english-b2',
    category: 'jezyki',
    title: 'Workplace English B2: meetings and e-mails',
    summary: 'Run a meeting, write a clear e-mail and handle a phone call — a course taught entirely in English.',
    description:
      'For people who already get by in English at work: useful phrases for meetings, polite e-mails and calls, with recorded dialogues and a final test.',
    syllabus: ['Meetings: opening, agreeing, disagreeing', 'E-mails that get answered', 'On the phone', 'Final test'],
    accessMonths: 6,
    priceGross: 39900,
    language: 'en',
  },
];

export async function seedDemoData(): Promise<void> {
  const prisma = db();
  for (const u of DEMO_USERS) {
    const exists = await prisma.user.findUnique({ where: { email: u.email }, select: { id: true } });
    if (exists) continue;
    await prisma.user.create({
      data: {
        ...u,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        termsVersion: termsVersionInForce(),
        termsAcceptedAt: new Date(),
      },
    });
  }
  for (const c of CATEGORIES) await prisma.category.upsert({ where: { slug: c.slug }, create: c, update: {} });
  for (const { category, ...c } of DEMO_COURSES) {
    const course = await prisma.course.upsert({
      where: { slug: c.slug },
      create: { ...c, category: { connect: { slug: category } } },
      update: {},
      select: { id: true, priceGross: true },
    });
    const offers = [
      { seats: 1, priceGross: course.priceGross },
      ...GROUP_PACKAGE_SEATS.map((seats) => ({ seats, priceGross: groupPackagePrice(course.priceGross, seats) })),
    ];
    for (const o of offers) {
      await prisma.courseOffer.upsert({
        where: { courseId_seats: { courseId: course.id, seats: o.seats } },
        create: { courseId: course.id, ...o },
        update: {},
      });
    }
  }
  await seedLearningContent();
  await seedFamilySubjects();
  await seedFamilyDemo('rodzic', DEMO_PASSWORD);
  await seedCompanyGroupDemo('firma', 'zespol');
  await seedWaitingAgreementDemo();
  await seedSupportDemo();
  await seedForeignFamilyDemo(DEMO_PASSWORD);
  await seedFamilyDashboardDemo('rodzic', DEMO_PASSWORD);
  await seedDemoInvoices();
  await seedRevokedCertificateDemo();
  await seedLiveDemo(DEMO_PASSWORD, 'zespol');
  await seedCentresDemo(DEMO_PASSWORD, 'zespol');
  await seedBillingDemo(DEMO_PASSWORD);
  await seedLanguageDemo(DEMO_PASSWORD, 'zespol');
  // After the language school's demo (its learners maria and ivan): their threads with the office.
  await seedLanguageOfficeDemo();
  await seedOnlineCourseDemo('zespol');
  // After the billing demo: the school of szkola's pending licence contract.
  await seedSchoolsDemo('szkola');
  // The planner's students before the rooms, so the demo rooms have declared students to seat.
  await seedSchoolStudentsDemo(DEMO_SCHOOL.okeCode, 'szkola');
  await seedPaidSchoolDemo('szkola');
  await seedSchoolStudentsDemo(PAID_DEMO_SCHOOL.okeCode, 'szkola', { declared: 32 });
  await seedSchoolsTeamsDemo();
  await seedSchoolsSchoolDemo(DEMO_PASSWORD, 'zespol');
  await seedStaffHomeDemo();
}

// planner-teams texts of the matura planner (issue 23): CKE's timetable, the school's teachers,
// exam rooms, seating and supervising teams (Z1–Z6).
import { pluralPl } from '@/lib/format/plural';

const osoby = (n: number) => `${n} ${pluralPl(n, 'osoba', 'osoby', 'osób')}`;

export const plannerTeams = {
  people: osoby,
  timetable: {
    title: 'Harmonogram egzaminów maturalnych',
    intro:
      'Sesje części pisemnej według harmonogramu CKE, godziny czasu warszawskiego. Sale i zespoły nadzorujące szkoły planują się do tych sesji.',
    link: 'Harmonogram egzaminów',
    back: 'Szkoły i licencje',
    year: (y: number) => `Matura ${y}`,
    yearsLabel: 'Rok egzaminu',
    empty: 'Brak sesji w tym roku egzaminu.',
    time: 'Godzina',
    exam: 'Egzamin',
  },
} as const;

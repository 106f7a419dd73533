// Texts of the matura planner's summaries, printouts and exports (issue 23): the summaries page,
// the printouts page and its refusal notice, and every PDF and XLSX the school downloads.
import { pluralPl } from '@/lib/format/plural';

const uczniow = (n: number) => `${n} ${pluralPl(n, 'uczeń', 'uczniów', 'uczniów')}`;

export const plannerPrintouts = {
  summaries: {
    title: 'Podsumowania',
    totals: (students: number, checked: number) =>
      `${uczniow(students)} w planerze, sprawdzonych z deklaracją papierową: ${checked}.`,
    empty: 'Nie ma jeszcze uczniów: podsumowania pojawią się, gdy dodasz uczniów i ich deklaracje.',
    columns: {
      subject: 'Przedmiot',
      level: 'Część i poziom',
      students: 'Liczba zdających',
      className: 'Klasa',
      classStudents: 'Uczniów',
      exams: 'Deklarowane egzaminy',
      time: 'Godzina',
      lastName: 'Nazwisko',
      firstName: 'Imię',
    },
    subjects: {
      title: 'Przedmioty i poziomy',
      intro: 'Tyle arkuszy i egzaminów szkoła zamawia w okręgowej komisji egzaminacyjnej.',
      none: 'Żaden uczeń nie ma jeszcze zadeklarowanych egzaminów.',
    },
    classes: {
      title: 'Klasy',
      intro: 'Liczba uczniów w każdej klasie i ich egzaminy.',
      noExams: 'bez deklaracji',
    },
    days: {
      title: 'Dni sesji',
      intro: (year: number) => `Według harmonogramu CKE egzaminu maturalnego ${year}.`,
      day: (date: string, students: number) => `${date} — ${uczniow(students)}`,
      none: 'Harmonogram CKE na ten rok nie jest jeszcze wprowadzony albo żaden egzamin uczniów nie ma w nim terminu.',
      unscheduled: 'Egzaminy bez terminu w harmonogramie',
    },
    unchecked: {
      title: 'Niesprawdzeni z deklaracją papierową',
      intro:
        'Dane w planerze nie zastępują deklaracji papierowych: sprawdź każdego ucznia z jego podpisaną deklaracją.',
      none: 'Wszyscy uczniowie są sprawdzeni z deklaracjami papierowymi.',
    },
  },
  page: {
    title: 'Wydruki i eksporty',
    intro:
      'Pliki do podpisu, dla komisji egzaminacyjnej i dla zespołów nadzorujących. Zawsze z aktualnych danych planera.',
    download: 'Pobierz',
    files: {
      declarations: {
        name: 'Deklaracje do podpisu (PDF)',
        about:
          'Jedna strona na ucznia, według klas i nazwisk: wszystkie zadeklarowane egzaminy z poziomami, środowisko do informatyki i miejsca na podpisy ucznia i rodzica.',
      },
      subjectsPdf: {
        name: 'Liczby zdających z przedmiotów (PDF)',
        about: 'Liczba uczniów z każdego przedmiotu, części i poziomu — do zamówienia w OKE.',
      },
      subjectsXlsx: {
        name: 'Liczby zdających z przedmiotów (XLSX)',
        about: 'To samo zestawienie w arkuszu kalkulacyjnym.',
      },
      students: {
        name: 'Uczniowie i ich egzaminy (XLSX)',
        about: 'Jeden wiersz na ucznia: klasa, formuła, zwolnienie, egzaminy i stan sprawdzenia.',
      },
      rooms: {
        name: 'Listy sal (PDF)',
        about: 'Dla każdej sali i terminu egzaminu: data, godzina i lista przydzielonych uczniów.',
      },
      teams: {
        name: 'Składy zespołów nadzorujących (PDF)',
        about:
          'Dla każdej sali i terminu: przewodniczący, członkowie (z zaznaczeniem osób spoza szkoły) i zatwierdzenie przez dyrektora.',
      },
    },
    refused: {
      unpaid: (number: string, amount: string, deadline: string) =>
        `Pobranie pliku odmówione: licencja jest nieopłacona. Wydruki i eksporty będą dostępne po zaksięgowaniu wpłaty ${amount} za fakturę pro forma ${number} (termin płatności ${deadline}).`,
      unpaidNoProforma: 'Pobranie pliku odmówione: licencja jest nieopłacona.',
      blocked:
        'Pobranie pliku odmówione: licencja jest nieważna albo dane szkoły zostały usunięte, więc nie można pobierać danych.',
      readOnly:
        'Licencja wygasła: pliki można pobierać do czasu usunięcia danych. Jeśli pobranie się nie udało, spróbuj ponownie.',
      pay: 'Jak zapłacić',
    },
  },
  files: {
    declarations: 'deklaracje.pdf',
    subjectsPdf: 'przedmioty.pdf',
    subjectsXlsx: 'przedmioty.xlsx',
    students: 'uczniowie.xlsx',
    rooms: 'sale.pdf',
    teams: 'zespoly.pdf',
  },
  pdf: {
    generated: (at: string) => `Wygenerowano: ${at}`,
    examYear: (year: number) => `Egzamin maturalny ${year}`,
    declaration: {
      title: 'Zestawienie deklaracji maturalnej',
      forSignature: 'Do podpisu: zgodność z deklaracją złożoną przez ucznia',
      student: 'Uczeń',
      className: 'Klasa',
      formula: 'Formuła',
      exemption: 'Zwolnienie z przedmiotu dodatkowego (dyplom zawodowy)',
      yes: 'tak',
      exams: 'Zadeklarowane egzaminy',
      noExams: 'Brak zadeklarowanych egzaminów.',
      environment: 'Środowisko',
      signatureStudent: 'data i czytelny podpis ucznia',
      signatureParent: 'data i czytelny podpis rodzica (opiekuna prawnego) — gdy uczeń jest niepełnoletni',
      checked: (at: string) => `Sprawdzono z deklaracją papierową: ${at}`,
      empty: 'Brak uczniów w planerze.',
    },
    subjects: {
      title: 'Liczby zdających z przedmiotów i poziomów',
      total: (students: number) => `Uczniów w planerze: ${students}`,
      empty: 'Brak zadeklarowanych egzaminów.',
    },
    rooms: {
      title: 'Listy uczniów w salach',
      room: (name: string) => `Sala: ${name}`,
      session: (subject: string, level: string, at: string) => `${subject}, ${level} — ${at}`,
      seats: (seated: number, seats: number) => `Uczniów: ${seated} (miejsc w sali: ${seats})`,
      empty: 'Brak przydziałów do sal.',
      noStudents: 'Nikt nie jest jeszcze przydzielony do tej sali.',
    },
    teams: {
      title: 'Składy zespołów nadzorujących',
      role: 'Funkcja',
      chair: 'przewodniczący',
      member: 'członek',
      name: 'Imię i nazwisko',
      from: 'Skąd',
      external: 'spoza szkoły',
      own: 'nauczyciel szkoły',
      approved: (at: string) => `Skład zatwierdzony przez dyrektora: ${at}`,
      notApproved: 'Skład niezatwierdzony przez dyrektora.',
      noMembers: 'Zespół nie ma jeszcze członków.',
      empty: 'Brak zespołów nadzorujących.',
    },
  },
  xlsx: {
    subjectsSheet: 'Przedmioty',
    studentsSheet: 'Uczniowie',
    number: 'Lp.',
    lastName: 'Nazwisko',
    firstName: 'Imię',
    className: 'Klasa',
    formula: 'Formuła',
    exemption: 'Zwolnienie (dyplom zawodowy)',
    exams: 'Egzaminy',
    environment: 'Informatyka: środowisko',
    checkedAt: 'Sprawdzono z deklaracją',
    yes: 'tak',
    no: 'nie',
  },
} as const;

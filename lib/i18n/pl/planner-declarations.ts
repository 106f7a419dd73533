// planner-declarations texts of the matura planner (issue 23): one student's declaration, its lock
// after the deadline, the director's unlock and the check against the paper declaration.
import { formatCount, pluralPl } from '@/lib/format/plural';

export const plannerDeclarations = {
  title: 'Deklaracja maturalna',
  back: 'Wróć do listy uczniów',
  deadline: (day: string) => `Termin złożenia deklaracji: ${day}.`,
  deadlineLateStart: (day: string) => `Termin złożenia deklaracji (uczeń rozpoczynający naukę po 7 lutego): ${day}.`,
  noList: (year: number) => `Lista przedmiotów na rok ${year} nie została jeszcze opublikowana w planerze.`,
  obligatory: {
    title: 'Przedmioty obowiązkowe',
    written: 'Część pisemna (poziom podstawowy): język polski, matematyka i język obcy nowożytny',
    oral: 'Część ustna (bez określania poziomu): język polski i ten sam język obcy',
    foreign: 'Język obcy nowożytny (pisemny i ustny)',
    choose: '— wybierz —',
    fixed: (subjects: string) => `Zawsze w deklaracji: ${subjects}.`,
  },
  additional: {
    title: 'Przedmioty dodatkowe (część pisemna)',
    hint: 'Co najmniej jeden i najwyżej sześć; języki obce także na poziomie dwujęzycznym.',
    subject: (n: number) => `Przedmiot dodatkowy ${formatCount(n)}`,
    subjectLabel: 'Przedmiot',
    level: 'Poziom',
    add: 'Dodaj przedmiot dodatkowy',
    remove: 'Usuń',
    none: '— brak —',
  },
  orals: {
    title: 'Dodatkowe egzaminy ustne',
    hint: 'Nieobowiązkowe: język obcy (bez poziomu lub dwujęzyczny), język mniejszości, etniczny lub regionalny.',
    subject: (n: number) => `Egzamin ustny ${formatCount(n)}`,
    add: 'Dodaj egzamin ustny',
  },
  save: 'Zapisz deklarację',
  printOne: 'Pobierz deklarację do podpisu (PDF)',
  saved: 'Zapisano deklarację. Sprawdź ją z deklaracją papierową podpisaną przez ucznia.',
  invalid: 'Deklaracja ma błędy — opis przy każdym polu. Nic nie zostało zapisane.',
  stored: 'Zapisana deklaracja',
  storedErrors: (n: number) =>
    `Zapisana deklaracja ma ${formatCount(n)} ${pluralPl(n, 'błąd', 'błędy', 'błędów')} względem listy przedmiotów tego roku:`,
  empty: 'Deklaracja nie została jeszcze wypełniona.',
  locked: (day: string) =>
    `Termin minął ${day}: deklaracja jest zablokowana. Zmienić ją może dyrektor, odblokowując ją z podaniem powodu.`,
  unlockedOpen: (by: string, reason: string) =>
    `Odblokowana po terminie przez: ${by} (powód: ${reason.replace(/[.\s]+$/, '')}). Po zapisaniu zmian zostanie ponownie zablokowana.`,
  unlock: {
    title: 'Odblokuj deklarację po terminie',
    reason: 'Powód (zapisywany w dzienniku zmian)',
    submit: 'Odblokuj deklarację',
    done: 'Deklaracja odblokowana: można wprowadzić jedną zmianę.',
    reasonShort: 'Podaj powód odblokowania (co najmniej 5 znaków).',
    notLocked: 'Deklaracja nie jest zablokowana — termin jeszcze nie minął.',
    history: 'Odblokowania',
    entry: (at: string, by: string, reason: string) => `${at} — ${by}: ${reason}`,
  },
  checked: {
    title: 'Zgodność z deklaracją papierową',
    hint: 'Dane w planerze nie zastępują deklaracji papierowej podpisanej przez ucznia: po porównaniu zaznacz, że są zgodne.',
    mark: 'Zaznacz: sprawdzono z deklaracją papierową',
    unmark: 'Cofnij oznaczenie',
    done: (by: string, at: string) => `Sprawdzono z deklaracją papierową: ${by}, ${at}.`,
    not: 'Nie sprawdzono jeszcze z deklaracją papierową.',
    marked: 'Oznaczono jako sprawdzoną.',
    unmarked: 'Cofnięto oznaczenie.',
    clearedBySave: 'Deklaracja zmieniła się, więc oznaczenie zgodności z papierową zostało zdjęte.',
  },
  checkedEmpty: 'Najpierw wypełnij deklarację — pustej nie można porównać z papierową.',
  student: {
    formula: (f: string) => f,
    exemption: 'zwolniony z przedmiotu dodatkowego',
  },
} as const;

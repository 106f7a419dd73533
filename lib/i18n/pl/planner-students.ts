// planner-students texts of the matura planner (issue 23): the student list, the typed form and the import.
import { formatCount, pluralPl } from '@/lib/format/plural';

const students = (n: number) => `${formatCount(n)} ${pluralPl(n, 'ucznia', 'uczniów', 'uczniów')}`;
const ACCEPTED =
  'Prześlij plik Excel (.xlsx) albo CSV z wierszem nagłówka: Nazwisko, Imię, Klasa, Formuła, Zwolnienie.';

export const plannerStudents = {
  title: 'Uczniowie',
  intro: (year: number) =>
    `Uczniowie przystępujący do matury w ${year} r. Wpisz ich pojedynczo albo zaimportuj listę z pliku Excel lub CSV; deklarację każdego ucznia wypełnisz na jego stronie.`,
  count: (n: number) => `Na liście: ${students(n)}.`,
  none: 'Na liście nie ma jeszcze uczniów.',
  columns: {
    lastName: 'Nazwisko',
    firstName: 'Imię',
    className: 'Klasa',
    formula: 'Formuła',
    vocationalExemption: 'Zwolnienie',
    declaration: 'Deklaracja',
    checked: 'Zgodność z papierową',
  },
  fields: {
    firstName: 'Imię',
    lastName: 'Nazwisko',
    className: 'Klasa (oddział)',
    classNameHint: 'Np. 4a albo 5 TI.',
    formula: 'Formuła egzaminu',
    vocationalExemption: 'Zwolniony z przedmiotu dodatkowego (dyplom zawodowy, technikum)',
    lateStart:
      'Obywatel Ukrainy rozpoczynający naukę w klasie programowo najwyższej po 7 lutego (termin deklaracji 14 marca)',
    resit: 'Poprawia maturę w przyszłym roku (przechodzi do odnowionej licencji)',
  },
  rows: {
    classMissing: 'Brak klasy.',
    classInvalid: 'Klasa to najwyżej 10 znaków: cyfry, litery i spacje, np. 4a.',
    formulaInvalid: (value: string) => `„${value}” to nie formuła egzaminu: wpisz 2023 albo 2015 (puste = 2023).`,
    exemptionInvalid: (value: string) => `„${value}”: wpisz „tak” albo zostaw puste.`,
    duplicateInFile: (row: number) => `Ten sam uczeń (imię, nazwisko, klasa) jest już w wierszu ${row}.`,
    alreadyListed: 'Ten uczeń (imię, nazwisko, klasa) jest już na liście.',
  },
  templateExample: ['Kowalska', 'Anna', '4a', '2023', ''],
  yes: ['tak', 't', 'x', '1', 'yes', 'y'],
  no: ['nie', 'n', '0', 'no', ''],
  add: {
    title: 'Dodaj ucznia',
    submit: 'Dodaj ucznia',
    added: (name: string) => `Dodano: ${name}.`,
  },
  edit: {
    title: 'Dane ucznia',
    submit: 'Zapisz dane ucznia',
    saved: 'Zapisano dane ucznia.',
    delete: 'Usuń ucznia z listy',
    deleteConfirm: 'Usunąć ucznia razem z jego deklaracją? Tego nie można cofnąć.',
    deleted: (name: string) => `Usunięto: ${name}.`,
  },
  import: {
    title: 'Import listy uczniów',
    link: 'Importuj z pliku Excel lub CSV',
    intro:
      'Plik Excel (.xlsx) lub CSV z wierszem nagłówka. Wymagane kolumny: Nazwisko, Imię, Klasa; opcjonalne: Formuła (2023 lub 2015; puste = 2023) i Zwolnienie („tak” dla absolwenta technikum z dyplomem zawodowym). Najpierw zobaczysz podgląd — nic nie zostanie zapisane, dopóki go nie potwierdzisz.',
    file: 'Plik z listą uczniów',
    send: 'Wczytaj i pokaż podgląd',
    template: 'Pobierz szablon CSV',
    previewTitle: (file: string) => `Podgląd: ${file}`,
    previewOk: (n: number) => `Wszystkie wiersze są poprawne. Potwierdź, aby dodać ${students(n)}.`,
    previewErrors: (bad: number, all: number) =>
      `${formatCount(bad)} z ${formatCount(all)} ${pluralPl(all, 'wiersza', 'wierszy', 'wierszy')} ${pluralPl(bad, 'ma', 'mają', 'ma')} błędy (opis przy komórce). Popraw plik i wczytaj go ponownie — nic nie zostało zapisane.`,
    row: 'Wiersz',
    problems: 'Błędy',
    confirm: (n: number) => `Dodaj ${students(n)}`,
    discard: 'Odrzuć podgląd',
    imported: (n: number) => `Dodano ${students(n)} z pliku.`,
    gone: 'Ten podgląd został już zapisany albo odrzucony.',
    hasErrors: 'W podglądzie są błędy: popraw plik i wczytaj go ponownie.',
  },
  file: {
    missing: 'Wybierz plik z listą uczniów.',
    bodyTooLarge:
      'Plik jest większy niż 2 MB — to za dużo jak na listę uczniów. Zapisz w pliku tylko listę (bez innych arkuszy i obrazów).',
    empty: (file: string) => `Plik „${file}” jest pusty.`,
    tooLarge: (file: string, size: string) => `Plik „${file}” ma ${size}, a lista uczniów może mieć najwyżej 2 MB.`,
    legacyXls: (file: string) =>
      `Plik „${file}” jest w starym formacie Excel 97–2003 (.xls). Zapisz go jako .xlsx albo CSV i prześlij ponownie.`,
    unsupported: (file: string) => `Plik „${file}” nie jest arkuszem Excel ani plikiem CSV. ${ACCEPTED}`,
    corrupt: (file: string) =>
      `Nie udało się odczytać pliku „${file}”: plik Excel jest uszkodzony. Zapisz go ponownie jako .xlsx.`,
    noHeader: `Nie znaleziono wiersza nagłówka z kolumnami Nazwisko, Imię i Klasa. ${ACCEPTED}`,
    noRows: (file: string) => `Plik „${file}” nie zawiera żadnego ucznia pod nagłówkiem.`,
    tooManyRows: (n: number, max: number) =>
      `Plik zawiera ${formatCount(n)} wierszy, a jedna lista może mieć najwyżej ${formatCount(max)}.`,
  },
  declarationState: {
    none: 'brak',
    complete: 'kompletna',
    errors: (n: number) => `${formatCount(n)} ${pluralPl(n, 'błąd', 'błędy', 'błędów')}`,
    locked: 'zablokowana',
  },
  checked: {
    yes: (by: string, at: string) => `sprawdzono (${by}, ${at})`,
    no: 'niesprawdzona',
  },
  open: 'Otwórz',
  filterClass: 'Klasa',
  allClasses: 'wszystkie',
} as const;

// planner-subjects texts of the matura planner (issue 23): staff keep each exam year's list of
// subjects and levels (M9–M12) in the panel, as data, checked before it is stored.
export const plannerSubjects = {
  title: 'Przedmioty maturalne',
  nav: 'Przedmioty maturalne',
  link: 'Przedmioty i poziomy',
  intro:
    'Lista przedmiotów i poziomów każdego roku egzaminu, według której planer sprawdza deklaracje. Zmiana zapisanej listy obowiązuje od razu we wszystkich szkołach danego roku.',
  back: 'Szkoły',
  yearTitle: (year: number) => `Matura ${year}`,
  builtIn: 'Lista wbudowana w aplikację.',
  stored: (who: string, when: string) => `Lista zapisana przez ${who} dnia ${when}.`,
  storedUnknown: (when: string) => `Lista zapisana dnia ${when}.`,
  none: 'Ten rok nie ma jeszcze listy przedmiotów: deklaracji nie da się zapisać, dopóki jej nie zapiszesz.',
  source: (source: string) => `Źródło: ${source}`,
  download: 'Pobierz JSON',
  tableLabel: (year: number) => `Przedmioty matury ${year}`,
  columns: {
    subject: 'Przedmiot',
    code: 'Kod',
    kind: 'Rodzaj',
    formulas: 'Formuły',
    written: 'Część pisemna',
    oral: 'Część ustna',
    environment: 'Wybory w deklaracji',
  },
  kinds: {
    core: 'obowiązkowy',
    modernForeign: 'język obcy nowożytny',
    minority: 'język mniejszości narodowej',
    ethnic: 'język mniejszości etnicznej',
    regional: 'język regionalny',
    additional: 'dodatkowy',
  },
  noPart: '—',
  edit: {
    title: 'Zmień listę',
    hint: 'Lista w formacie JSON: rok egzaminu, źródło i przedmioty. Nowy przedmiot musi mieć własną nazwę (pole „name”).',
    label: (year: number) => `Lista przedmiotów matury ${year} (JSON)`,
    save: 'Zapisz listę',
    saved: (year: number) => `Lista przedmiotów matury ${year} została zapisana.`,
    reset: 'Przywróć listę wbudowaną',
    resetConfirm: (year: number) =>
      `Przywrócić wbudowaną listę przedmiotów matury ${year}? Zapisane zmiany zostaną usunięte.`,
    resetDone: (year: number) => `Przywrócono wbudowaną listę przedmiotów matury ${year}.`,
  },
  errors: {
    invalid: 'Lista nie została zapisana.',
    jsonAt: (line: number, column: number) => `To nie jest poprawny JSON: błąd w wierszu ${line}, kolumnie ${column}.`,
    json: 'To nie jest poprawny JSON (sprawdź nawiasy, przecinki i cudzysłowy).',
    schema: (details: string) => `Lista nie jest zgodna ze schematem: ${details}`,
    wrongYear: (stated: number, year: number) =>
      `Pole „examYear” ma wartość ${stated}, a zapisujesz listę matury ${year}.`,
    dropped: (subjects: string) =>
      `Lista pomija przedmioty, które uczniowie już zadeklarowali: ${subjects}. Przywróć je na listę.`,
    droppedOne: (name: string, count: number) => `${name} (egzaminów w deklaracjach: ${count})`,
    noBuiltIn: 'Ten rok nie ma listy wbudowanej: zapisanej listy nie można usunąć.',
    notStored: 'Ten rok ma już listę wbudowaną.',
    year: 'Nie ma takiego roku egzaminu.',
  },
  rules: {
    duplicate: (code: string) => `Przedmiot „${code}” jest na liście dwa razy.`,
    noForeign: (formula: string) =>
      `W formule ${formula} nie ma języka obcego zdawanego obowiązkowo (pisemnie na poziomie podstawowym i ustnie bez poziomu).`,
    noBasic: (formula: string, code: string) =>
      `W formule ${formula} brakuje przedmiotu „${code}” na poziomie podstawowym (obowiązkowego).`,
  },
};

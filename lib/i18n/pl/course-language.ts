// The language a course is taught in: the editor's select, the catalogue's badge and filter. Part
// of the Polish catalogue.
export const courseLanguage = {
  label: 'Język kursu',
  hint: 'Język, w którym napisano lekcje i test. Katalog pokazuje go na karcie kursu i pozwala według niego filtrować.',
  /** Each course language's name, as a filter option. */
  names: { pl: 'polski', en: 'angielski', uk: 'ukraiński', de: 'niemiecki' },
  /** The badge on a course card and page. */
  badge: { pl: 'po polsku', en: 'po angielsku', uk: 'po ukraińsku', de: 'po niemiecku' },
  badgeLabel: (name: string) => `Język kursu: ${name}`,
  filter: 'Język kursu',
  all: 'Wszystkie języki',
  invalid: 'Wybierz język kursu z listy.',
};

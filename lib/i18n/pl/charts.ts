// Texts of the chart kit (lib/charts, components/charts): the table behind every chart. Part of the
// Polish catalogue.
export const charts = {
  showNumbers: 'Pokaż liczby',
  category: 'Kategoria',
  range: (from: string, to: string) => `${from}–${to}`,
  /** A meter's value as text, e.g. "7 z 12". */
  ofTotal: (value: string, max: string) => `${value} z ${max}`,
};

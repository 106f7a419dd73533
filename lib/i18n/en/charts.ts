// English catalogue: the chart kit (the table behind every chart). Mirrors lib/i18n/pl/charts.ts key for key.
import type { Messages } from '../pl';

export const charts: Messages['charts'] = {
  showNumbers: 'Show numbers',
  category: 'Category',
  range: (from: string, to: string) => `${from}–${to}`,
  ofTotal: (value: string, max: string) => `${value} of ${max}`,
};

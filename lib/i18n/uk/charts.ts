// Ukrainian catalogue: the chart kit (the table behind every chart). Mirrors lib/i18n/pl/charts.ts key for key.
import type { Messages } from '../pl';

export const charts: Messages['charts'] = {
  showNumbers: 'Показати числа',
  category: 'Категорія',
  range: (from: string, to: string) => `${from}–${to}`,
  ofTotal: (value: string, max: string) => `${value} з ${max}`,
};

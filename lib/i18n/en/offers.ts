// English texts of the purchase options. Mirrors lib/i18n/pl/offers.ts.
import type { Messages } from '../pl';

export const offers: Messages['offers'] = {
  single: 'For one person',
  package: (seats: number) => `Group package — ${seats} accounts`,
};

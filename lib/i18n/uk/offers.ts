// Ukrainian texts of the purchase options. Mirrors lib/i18n/pl/offers.ts.
import type { Messages } from '../pl';
import { pluralUk } from '@/lib/format/plural';

export const offers: Messages['offers'] = {
  single: 'Для однієї особи',
  package: (seats: number) =>
    `Груповий пакет — ${seats} ${pluralUk(seats, 'обліковий запис', 'облікові записи', 'облікових записів')}`,
};

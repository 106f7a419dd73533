// Ukrainian catalogue: live classes (refusal codes of lib/live/rules, reasons a day has no class).
// Mirrors lib/i18n/pl/live.ts key for key.
import type { Messages } from '../pl';
import { pluralUk } from '@/lib/format/plural';

// "за 1 годину / 2 години / 5 годин до початку" (accusative after "за").
const hours = (n: number) => `${n} ${pluralUk(n, 'годину', 'години', 'годин')}`;

export const live: Messages['live'] = {
  schedule: {
    'end-before-start': 'Дата завершення не може бути раніше за дату початку.',
    'bad-time': 'Вкажіть час початку у форматі ГГ:ХХ, наприклад 17:00.',
    'bad-duration':
      'Тривалість заняття має бути кількістю хвилин, більшою за нуль і не довшою за 8 годин, а перерва — коротшою за заняття.',
    'too-many': 'Цей розклад дав би понад 400 занять — перевірте дати початку і завершення.',
  },
  skipped: {
    holiday: 'Свято',
    break: 'Перерва',
  },
  move: {
    'end-before-start': 'Кінець заняття має бути пізніше за його початок.',
    'bad-duration': 'Заняття може тривати щонайбільше 8 годин.',
    'in-the-past': 'Новий час заняття має бути в майбутньому.',
    'already-started': 'Це заняття вже почалося — його не можна перенести.',
    'teacher-conflict': (when: string) => `Викладач має в цей час інше заняття (${when}).`,
  },
  capacity: {
    'bad-capacity': 'Кількість місць і мінімальна кількість учасників мають бути цілими числами, більшими за нуль.',
    'min-above-capacity': 'Мінімальна кількість учасників не може бути більшою за кількість місць.',
    'below-booked': (booked: number) =>
      `На заняття вже записано ${booked} ${pluralUk(booked, 'особу', 'особи', 'осіб')} — кількість місць не може бути меншою.`,
  },
  windows: {
    cancelClosed: (cutoffHours: number) =>
      `Відмовитися від заняття можна не пізніше ніж за ${hours(cutoffHours)} до його початку.`,
    joinNotYet: (opensAt: string) => `Кімната заняття відкриється ${opensAt}, за 15 хвилин до початку.`,
    joinEnded: 'Це заняття вже завершилося.',
    makeUpFree: (deadline: string) => `Відпрацювання цього заняття безкоштовне, якщо ви запишетеся до ${deadline}.`,
    makeUpCharged:
      'Строк безкоштовного відпрацювання минув (до кінця дня, наступного після пропущеного заняття) — відпрацювання оплачується як окреме заняття.',
    recordingUntil: (until: string) => `Запис доступний до ${until}.`,
    recordingGone: 'Запис був доступний 30 днів після завершення заняття і його видалено.',
  },
};

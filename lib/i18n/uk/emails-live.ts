// Ukrainian catalogue: the live classes' e-mails (emails/live.tsx, live-maths/class-refund.tsx),
// HTML and plain text alike. Mirrors lib/i18n/pl/emails-live.ts key for key; a body is its own
// paragraph after the greeting ("Добрий день, …!"), so it starts with a capital.
import type { Messages } from '../pl';

export const emailsLive: Messages['emailsLive'] = {
  myClasses: 'Мої заняття',
  myClassesLink: (link: string) => `Мої заняття: ${link}`,
  promoted: {
    subject: (title: string) => `Звільнилося місце: ${title}`,
    body: (title: string, startsAt: string) =>
      `На занятті «${title}» (${startsAt}) звільнилося місце, і воно перейшло до вас зі списку очікування. Бронювання підтверджено.`,
  },
  cancelled: {
    subject: (title: string) => `Заняття скасовано: ${title}`,
    body: (title: string, startsAt: string) =>
      `Заняття «${title}», заплановане на ${startsAt}, скасовано. Непроведені заняття ми розрахуємо відповідно до правил надання послуг.`,
  },
  reminder: {
    subject: (title: string) => `Завтра заняття: ${title}`,
    body: (title: string, startsAt: string) =>
      `Нагадуємо про заняття «${title}»: ${startsAt}. Кімната відкриється за 15 хвилин до початку.`,
  },
  classRefund: {
    subject: (number: string) => `Повернення за скасовані заняття — договір ${number}`,
    cancelled: (title: string, startsAt: string) =>
      `Заняття «${title}» ${startsAt} скасовано, тому ми повертаємо частину оплати за сплачений абонемент.`,
    amount: (amount: string) =>
      `Сума повернення: ${amount} (ціна абонемента × непроведені заняття ÷ 4). Кошти повернуться через PayU на рахунок, з якого надійшов платіж, — зазвичай протягом кількох днів.`,
    button: 'Мої договори',
    link: (link: string) => `Мої договори: ${link}`,
  },
};

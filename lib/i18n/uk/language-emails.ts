// Ukrainian catalogue: the language school's e-mails. Mirrors lib/i18n/pl/language-emails.ts key for key.
import type { Messages } from '../pl';
import { pluralUk } from '@/lib/format/plural';

// A Ukrainian date ends with "р.": a sentence ending with one takes no second full stop.
const dot = (date: string) => (date.endsWith('.') ? date : `${date}.`);
const filesAttached = (n: number) => `Додано ${n} ${pluralUk(n, 'файл', 'файли', 'файлів')}.`;

export const languageEmails: Messages['languageEmails'] = {
  greeting: (firstName: string) => `Добрий день, ${firstName}!`,
  signature: '— Planeta',
  signed: {
    subject: (number: string) => `Договір ${number} про курс польської мови — підтвердження та оплата`,
    intro: (number: string, title: string, signedAt: string, termsVersion: string) =>
      `Дякуємо за запис. Ви уклали договір ${number} («${title}») ${signedAt}, прийнявши правила надання послуг у версії ${termsVersion}.`,
    force: (label: string, amount: string, dueDate: string) =>
      `Договір набуде чинності, коли ми зарахуємо першу оплату: ${label}, ${amount}, строк: ${dot(dueDate)} Тоді ми активуємо ваш обліковий запис і надішлемо e-mail з адресою платформи, логіном і посиланням для встановлення пароля.`,
    payButton: 'Оплатити зараз',
    payLink: (link: string) => `Оплатити зараз: ${link}`,
    monthly:
      'Ви платите щомісяця наперед. Невідвідування занять не звільняє від оплати; договір можна розірвати будь-коли з кінця оплаченого місяця.',
    withdrawalEarlyStart: (lastDay: string) =>
      `Ви попросили розпочати курс до закінчення строку на відмову. До ${lastDay} включно ви можете відмовитися від договору без пояснення причин; тоді ви сплатите пропорційно за період курсу до моменту відмови (ст. 35 Закону Польщі про права споживачів), а решту ми повернемо протягом 14 днів.`,
    withdrawal: (lastDay: string) =>
      `До ${lastDay} включно ви можете відмовитися від договору без пояснення причин і отримати повернення всієї сплаченої суми протягом 14 днів (ст. 27 Закону Польщі про права споживачів).`,
    documents: (earlyStart: boolean) =>
      'У вкладеннях (PDF, польською мовою — обов’язкові оригінали): правила надання послуг у прийнятій версії, інформація про право на відмову від договору та зразок форми відмови' +
      (earlyStart ? ', а також підтвердження вашого прохання розпочати курс достроково' : '') +
      '. Усі, крім правил, додано також у довідковому перекладі українською.',
  },
  activated: {
    subject: 'Ваш обліковий запис у Planeta активний — встановіть пароль',
    intro: (number: string) =>
      `Ми зарахували вашу першу оплату: договір ${number} про курс польської мови набув чинності, а ваш обліковий запис активний.`,
    site: 'Адреса платформи:',
    login: 'Ваш логін:',
    setPasswordHint: 'Пароль ви встановите самі — натисніть кнопку:',
    setPasswordButton: 'Встановити пароль',
    setPasswordLink: (link: string) => `Встановити пароль: ${link}`,
    buttonFallback: 'Якщо кнопка не працює, скопіюйте цю адресу в браузер:',
    validity: (days: number) =>
      `Посилання дійсне протягом ${days} ${pluralUk(days, 'дня', 'днів', 'днів')} і працює лише один раз. Коли воно втратить чинність, скористайтеся «Забули пароль?» на сторінці входу.`,
  },
  officeMessage: {
    subject: (learnerName: string) => `Нове повідомлення від слухача: ${learnerName}`,
    wrote: (learnerName: string, learnerEmail: string, sentAt: string) =>
      `${learnerName} (${learnerEmail}) написав(-ла) до секретаріату мовної школи (${sentAt}):`,
    files: (n: number) => `${filesAttached(n)} Файли можна завантажити в панелі.`,
    replyButton: 'Відповісти в панелі',
    replyLink: (link: string) => `Відповісти в панелі: ${link}`,
  },
  officeAnswer: {
    subject: 'Відповідь секретаріату мовної школи',
    answered: (sentAt: string) => `Секретаріат школи відповів на ваше повідомлення (${sentAt}):`,
    files: (n: number) => `${filesAttached(n)} Ви можете завантажити їх у Зоні слухача.`,
    openButton: 'Відкрити повідомлення',
    openLink: (link: string) => `Повідомлення: ${link}`,
    replyInZone: 'Відповідайте в Зоні слухача, а не на цей e-mail.',
  },
};

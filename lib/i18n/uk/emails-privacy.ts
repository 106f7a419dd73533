// Ukrainian catalogue: the privacy e-mails about the account (emails/privacy-account.tsx): the new
// address's confirmation, the notice to the old one, the data export and the deletion. Mirrors
// lib/i18n/pl/emails-privacy.ts key for key; a body is its own paragraph after the greeting, so it
// starts with a capital. The export's files keep the names the archive gives them.
import type { Messages } from '../pl';

export const emailsPrivacy: Messages['emailsPrivacy'] = {
  confirm: {
    subject: 'Підтвердьте нову адресу e-mail — Planeta',
    body: (validUntil: string) =>
      `Надійшов запит змінити адресу e-mail облікового запису в Planeta на цю адресу. Натисніть, щоб її підтвердити, — до того часу ви входите зі старою адресою. Посилання діє до ${validUntil} і лише один раз.`,
    bodyText: (validUntil: string) =>
      `Надійшов запит змінити адресу e-mail облікового запису в Planeta на цю адресу. Відкрийте посилання, щоб її підтвердити (діє до ${validUntil} і лише один раз):`,
    button: 'Підтвердити адресу',
    notYou: 'Якщо ви не просили про зміну, проігноруйте це повідомлення — нічого не зміниться.',
    notYouText: 'Якщо це були не ви, проігноруйте це повідомлення — нічого не зміниться.',
  },
  notice: {
    subject: 'Запит на зміну адреси e-mail вашого облікового запису — Planeta',
    requested: (requestedAt: string) =>
      `${requestedAt} надійшов запит змінити адресу e-mail вашого облікового запису на`,
    requestedText: (requestedAt: string, newEmail: string) =>
      `${requestedAt} надійшов запит змінити адресу e-mail вашого облікового запису на ${newEmail}.`,
    after:
      'Зміна відбудеться лише після переходу за посиланням, надісланим на нову адресу; до того часу діє ця адреса.',
    notYou:
      'Якщо це були не ви, увійдіть і змініть пароль — посилання, надіслане на нову адресу, перестане діяти, коли ви попросите про іншу зміну.',
    notYouText: (link: string) => `Якщо це були не ви, увійдіть і змініть пароль: ${link}`,
    button: 'Мій обліковий запис',
  },
  export: {
    subject: 'Копія ваших даних готова — Planeta',
    ready: (validUntil: string) =>
      `Ми підготували копію ваших даних: файл ZIP з даними у форматі JSON (dane.json) і зручним для читання підсумком (podsumowanie.pdf). Посилання діє до ${validUntil}; щоб завантажити файл, потрібно увійти у свій обліковий запис.`,
    readyText: (validUntil: string) =>
      `Ми підготували копію ваших даних (dane.json і podsumowanie.pdf у файлі ZIP). Посилання діє до ${validUntil}; щоб завантажити файл, потрібно увійти у свій обліковий запис:`,
    button: 'Завантажити копію даних',
    notYou: 'Якщо ви не просили про копію, змініть пароль до облікового запису.',
  },
  deleted: {
    subject: 'Ваш обліковий запис у Planeta видалено',
    done: (deletedAt: string, shortId: string) =>
      `На ваш запит ${deletedAt} ми видалили ваш обліковий запис. Ваші ім’я, прізвище, адресу e-mail, логін, пароль і телефон видалено, прогрес у навчанні та результати тестів стерто, з усіх пристроїв виконано вихід. У документах, які ми мусимо зберегти, ви фігуруєте як «Видалений користувач #${shortId}».`,
    doneText: (deletedAt: string, shortId: string) =>
      `На ваш запит ${deletedAt} ми видалили ваш обліковий запис. Ім’я, прізвище, e-mail, логін, пароль і телефон видалено, прогрес і результати тестів стерто, з пристроїв виконано вихід. У документах, які ми мусимо зберегти, ви фігуруєте як «Видалений користувач #${shortId}».`,
    kept: 'Ми зберігаємо лише те, чого вимагає закон:',
    last: 'Це останнє повідомлення, надіслане на цю адресу. Якщо ви не видаляли обліковий запис, негайно дайте нам відповідь.',
    lastText: 'Це останнє повідомлення, надіслане на цю адресу.',
  },
};

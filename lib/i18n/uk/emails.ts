// Ukrainian catalogue: texts shared by every e-mail (the layout of the language school's e-mails).
// Mirrors lib/i18n/pl/emails.ts key for key.
import type { Messages } from '../pl';

export const emails: Messages['emails'] = {
  footer: 'Повідомлення надіслано автоматично платформою Planeta. Не відповідайте на нього.',
  greeting: (firstName: string) => `Добрий день, ${firstName}!`,
  signature: '— Planeta',
  buttonFallback: 'Якщо кнопка не працює, скопіюйте цю адресу в браузер:',
  seeOrder: 'Переглянути замовлення',
  order: (link: string) => `Замовлення: ${link}`,
};

// Ukrainian catalogue: the contact, complaint, privacy request and staff invitation e-mails (the
// language school's learners write through the same forms). Mirrors lib/i18n/pl/emails-support.ts.
import type { Messages } from '../pl';

// A Ukrainian date ends with "р.": a sentence ending with one takes no second full stop.
const dot = (date: string) => (date.endsWith('.') ? date : `${date}.`);

export const emailsSupport: Messages['emailsSupport'] = {
  topic: (topic: string) => `Тема: ${topic}`,
  contact: {
    staffSubject: (topic: string, name: string) => `Контактна форма: ${topic} — ${name}`,
    staffLead: 'Нове повідомлення з контактної форми від',
    signedIn: ', авторизованого користувача',
    staffText: (name: string, email: string, signedIn: boolean) =>
      `Повідомлення з контактної форми від ${name} (${email})${signedIn ? ', авторизований' : ''}.`,
    replyTo: (email: string) => `Відповідайте на адресу ${email}.`,
    confirmationSubject: 'Ми отримали ваше повідомлення — Planeta',
    thanks: 'Дякуємо за повідомлення. Ми відповімо на цю адресу e-mail, зазвичай протягом двох робочих днів.',
  },
  complaint: {
    staffSubject: (number: string, lastDay: string) => `Нова скарга ${number} — відповідь до ${lastDay}`,
    staffFiled: (name: string, email: string, number: string, order: string | null, receivedAt: string) =>
      `${name} (${email}) подав(-ла) скаргу ${number}${order ? ` щодо замовлення ${order}` : ''} — отримано ${receivedAt}.`,
    staffDue: (lastDay: string) => `Термін відповіді: ${dot(lastDay)}`,
    staffDeemed:
      'Скарга споживача без відповіді в строк вважається визнаною (ст. 7a Закону Польщі про права споживачів).',
    staffText: (number: string, name: string, email: string, order: string | null, receivedAt: string) =>
      `Скарга ${number} від ${name} (${email})${order ? `, замовлення ${order}` : ''}, отримано ${receivedAt}.`,
    description: 'Опис:',
    demand: 'Вимога:',
    answerInPanel: 'Відповісти в панелі',
    confirmationSubject: (number: string) => `Ми прийняли скаргу ${number}`,
    confirmation: (number: string, order: string | null, receivedAt: string, lastDay: string) =>
      `Підтверджуємо отримання скарги ${number}${order ? ` щодо замовлення ${order}` : ''} ${receivedAt}. Ми відповімо e-mail не пізніше ${lastDay} (14 днів від отримання). Якщо ми не відповімо в цей строк, скарга вважається визнаною.`,
    confirmationText: (number: string, order: string | null, receivedAt: string, lastDay: string) =>
      `Підтверджуємо отримання скарги ${number}${order ? ` щодо замовлення ${order}` : ''} ${receivedAt}.\n` +
      `Ми відповімо не пізніше ${lastDay} (14 днів від отримання); скарга без відповіді в строк вважається визнаною.`,
    content: 'Зміст скарги:',
    yourDemand: 'Ваша вимога:',
    answerSubject: (number: string) => `Відповідь на скаргу ${number}`,
    answerLead: (number: string, order: string | null) =>
      `Ось наша відповідь на скаргу ${number}${order ? ` щодо замовлення ${order}` : ''}:`,
    disagree:
      'Якщо ви не згодні з відповіддю, ви можете звернутися по допомогу до міського чи повітового уповноваженого з прав споживачів або до воєводської Торгової інспекції (докладніше в § 12 правил).',
    disagreeText:
      'Якщо ви не згодні з відповіддю, ви можете звернутися до уповноваженого з прав споживачів або Торгової інспекції (§ 12 правил).',
  },
  privacy: {
    receivedSubject: (number: string) => `Ми отримали ваш запит ${number} — Planeta`,
    received: (receivedAt: string, kind: string, number: string, lastDay: string) =>
      `${receivedAt} ми отримали ваш запит (${kind}) під номером ${number}. Ми відповімо не пізніше ${lastDay} (ст. 12 ч. 3 GDPR) на цю адресу e-mail.`,
    staffSubject: (number: string, kind: string, lastDay: string) => `Запит GDPR ${number}: ${kind} — строк ${lastDay}`,
    staff: (name: string, kind: string, receivedAt: string, lastDay: string) =>
      `Новий запит від ${name} (${kind}), отримано ${receivedAt}. Строк відповіді: ${dot(lastDay)}`,
    open: 'Відкрити запит',
    decidedSubject: (number: string) => `Відповідь на запит ${number} — Planeta`,
    refused: (number: string, kind: string) => `Ми не можемо виконати ваш запит ${number} (${kind}). Обґрунтування:`,
    resolved: (number: string, kind: string) => `Ваш запит ${number} (${kind}) розглянуто. Наша відповідь:`,
    complain:
      'Якщо ви не згодні з відповіддю, ви можете подати скаргу Голові Управління захисту персональних даних Польщі (UODO, ul. Stawki 2, 00-193 Warszawa, uodo.gov.pl).',
    complainText:
      'Якщо ви не згодні з відповіддю, ви можете подати скаргу Голові UODO (ul. Stawki 2, 00-193 Warszawa, uodo.gov.pl).',
  },
  staffInvitation: {
    subject: 'Запрошення до команди Planeta',
    added: (role: string) => `Адміністратор Planeta додав вас до команди з роллю: ${role}.`,
    setPassword: (validUntil: string) => `Встановіть свій пароль — посилання діє один раз, до ${validUntil}.`,
    setPasswordText: (validUntil: string) => `Встановіть свій пароль (посилання діє один раз, до ${validUntil}):`,
    button: 'Встановити пароль',
    existing: 'Увійдіть зі своїм чинним паролем — панель команди за адресою /panel.',
  },
};

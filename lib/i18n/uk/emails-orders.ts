// Ukrainian catalogue: the order's e-mails (emails/order-paid.tsx, invoice-correction.tsx,
// refund-sent.tsx, order-withdrawal.tsx, terms-changed.tsx, access-ending.tsx). Mirrors
// lib/i18n/pl/emails-orders.ts key for key; a body is its own paragraph after the greeting, so it
// starts with a capital; the pieces around a link ("lead", "on", "ask") read as one sentence.
import type { Messages } from '../pl';

export const emailsOrders: Messages['emailsOrders'] = {
  orderPaid: {
    subject: (orderNumber: string) => `Платіж прийнято — замовлення ${orderNumber}`,
    thanksLead: 'Дякуємо — PayU підтвердило оплату замовлення',
    confirmed: (orderNumber: string, total: string) => `PayU підтвердило оплату замовлення ${orderNumber} (${total}).`,
    family: {
      button: 'Моя родина',
      sentence:
        'Пакети вже активні: діти входять зі своїми логінами, а пакети та їхній обсяг ви бачите на сторінці «Моя родина».',
    },
    topUp: {
      button: 'Перейти до групи',
      sentence: 'Докуплені місця вже є в групі: на сторінці групи ви додасте на них учасників.',
    },
    group: {
      button: 'Перейти до групи',
      sentence:
        'Груповий пакет чекає у вкладці «Групи»: там ви приймете договір доручення обробки даних і додасте учасників.',
    },
    courses: { button: 'Мої курси', sentence: 'Курси вже доступні у вкладці «Мої курси».' },
    invoice: {
      lead: 'Рахунок-фактура з ПДВ:',
      both: 'Обидва файли ви знайдете також на',
      orderPage: 'сторінці замовлення',
      ksef: ', де з’явиться номер KSeF рахунку-фактури.',
      pdfText: (link: string) => `Рахунок-фактура з ПДВ (PDF): ${link}`,
      xmlText: (link: string) => `Рахунок-фактура з ПДВ (XML, KSeF): ${link}`,
    },
    receipt: {
      lead: 'Підтвердження покупки можна завантажити як',
      on: '; на',
      ask: 'можна також попросити рахунок-фактуру з ПДВ.',
      pdfText: (link: string) => `Підтвердження покупки (PDF): ${link}`,
    },
    invoiceLater: {
      lead: 'Рахунок-фактуру з ПДВ можна завантажити зі',
      orderPage: 'сторінки замовлення',
      text: (link: string) => `Замовлення і рахунок-фактура з ПДВ: ${link}`,
    },
    contract: {
      title: 'Підтвердження укладення договору',
      titleText: 'ПІДТВЕРДЖЕННЯ УКЛАДЕННЯ ДОГОВОРУ',
      subject: (total: string) =>
        `Предмет договору: позиції вище, загальна ціна (брутто) ${total}. Договір укладено в момент оплати.`,
      seller: 'Продавець:',
      registryCourt: (court: string) => `Реєстраційний суд: ${court}`,
      shareCapital: (amount: string) => `статутний капітал ${amount}`,
      sellerContact: (email: string, phone: string) => `e-mail: ${email}, тел. ${phone}`,
      consent: (state: string) => `Вимога почати надання послуг до спливу 14 днів: ${state}`,
      attached: 'У вкладеннях:',
      copies:
        'Кожен документ додано польською мовою — це обов’язковий оригінал — і, де він є, у довідковому перекладі українською.',
    },
  },
  invoiceCorrection: {
    subject: (number: string, orderNumber: string) =>
      `Коригувальний рахунок-фактура ${number} — замовлення ${orderNumber}`,
    issued: (issueDate: string, number: string, invoiceNumber: string, orderNumber: string, amount: string) =>
      `${issueDate} ми виставили коригувальний рахунок-фактуру ${number} до рахунку-фактури ${invoiceNumber} (замовлення ${orderNumber}). Він зменшує вартість рахунку-фактури на ${amount} брутто — стільки, скільки ми повернули.`,
    reason: (reason: string) => `Причина коригування: ${reason}`,
    button: 'Завантажити коригувальний рахунок-фактуру (PDF)',
    xml: 'Структурована форма рахунку-фактури (XML, Національна система електронних рахунків-фактур KSeF):',
    pdfText: (link: string) => `Коригувальний рахунок-фактура (PDF): ${link}`,
    xmlText: (link: string) => `Структурована форма (XML, KSeF): ${link}`,
  },
  refundSent: {
    subject: (orderNumber: string) => `Повернення коштів — замовлення ${orderNumber}`,
    done: (finalizedAt: string, amount: string, orderNumber: string) =>
      `${finalizedAt} PayU здійснило повернення ${amount} за замовлення ${orderNumber}.`,
    way: 'Кошти повертаються тим самим шляхом, яким надійшов платіж (на рахунок або картку); банк зазвичай зараховує їх протягом кількох робочих днів.',
    wayText:
      'Кошти повертаються тим самим шляхом, яким надійшов платіж; банк зазвичай зараховує їх протягом кількох робочих днів.',
    reason: (reason: string) => `Причина повернення: ${reason}`,
  },
  orderWithdrawal: {
    subject: (orderNumber: string) => `Підтвердження відмови від договору — замовлення ${orderNumber}`,
    received: (filedAt: string, orderNumber: string) =>
      `Підтверджуємо, що ${filedAt} ми отримали вашу заяву про відмову від договору (замовлення ${orderNumber}) щодо:`,
    accessEnded: 'Доступ до цих курсів припинився в момент відмови.',
    refund: (amount: string) =>
      `Повернення ${amount} ми доручили PayU — кошти повернуться тим самим шляхом, яким надійшов платіж, не пізніше ніж за 14 днів. Ми напишемо, коли PayU його здійснить.`,
    refundText: (amount: string) =>
      `Повернення ${amount} ми доручили PayU — кошти повернуться тим самим шляхом, яким надійшов платіж, не пізніше ніж за 14 днів.`,
  },
  termsChanged: {
    subject: (effectiveFrom: string) => `Зміна правил надання послуг Planeta з ${effectiveFrom}`,
    published: (version: string, effectiveFrom: string) =>
      `Ми опублікували нову версію правил надання послуг платформи Planeta (версія ${version}). Вона набуває чинності ${effectiveFrom}. Найважливіші зміни:`,
    fullText: 'Повний текст і опис змін:',
    accept: 'Після входу ви можете прийняти нову версію.',
    acceptText: (link: string) => `Після входу ви можете прийняти нову версію: ${link}`,
    notice:
      'Якщо ви з нею не згодні, до дня набуття нею чинності ви можете розірвати договір про ведення облікового запису (і договір про пакет для дитини) — правила наведено в § 15 правил надання послуг. Замовлення, оформлені раніше, зберігають умови, прийняті під час замовлення.',
    button: 'Прочитати й прийняти',
  },
  accessEnding: {
    courseSubject: (what: string) => `Доступ до курсу «${what}» закінчується через тиждень`,
    familySubject: (what: string, childName: string) => `${what} (${childName}) закінчується через тиждень`,
    course: (what: string, lastDay: string) =>
      `Доступ до курсу «${what}» закінчується через тиждень — останній день ${lastDay}. До цього дня ви можете завершити уроки й підсумковий тест. Продовжити доступ можна, купивши курс ще раз на його сторінці.`,
    family: (what: string, childName: string, lastDay: string) =>
      `${what} для: ${childName} закінчується через тиждень — останній день навчання ${lastDay}. Пакет на наступний навчальний рік ви виберете на сторінці пакетів.`,
    courseButton: 'Сторінка курсу',
    familyButton: 'Пакети дітей',
  },
};

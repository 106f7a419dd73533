// Ukrainian catalogue: the contract (billing) e-mails, which also reach the language school's
// learners and the parents of its courses. Mirrors lib/i18n/pl/emails-billing.ts key for key.
import type { Messages } from '../pl';
import { pluralUk } from '@/lib/format/plural';

const daysUk = (n: number) => pluralUk(n, 'день', 'дні', 'днів');
// A Ukrainian date ends with "р.": a sentence ending with one takes no second full stop.
const dot = (date: string) => (date.endsWith('.') ? date : `${date}.`);

export const emailsBilling: Messages['emailsBilling'] = {
  myContracts: 'Мої договори',
  payNow: 'Оплатити зараз',
  link: (label: string, link: string) => `${label}: ${link}`,
  charge: (number: string, offer: string, label: string, owed: string, due: string) =>
    `Договір ${number} (${offer}): ${label} — ${owed}, термін оплати ${dot(due)}`,
  desk: (place: string | null) =>
    `Ви можете оплатити готівкою або карткою в касі центру${place ? ` (${place})` : ''} або онлайн за посиланням нижче.`,
  payHere: (link: string) => `Оплатити тут: ${link}`,
  signed: {
    subject: (number: string) => `Договір ${number} укладено — внесіть перший платіж`,
    transfer: (number: string, title: string, amount: string, proforma: string | null, due: string) =>
      `Ми уклали договір ${number} («${title}»). Він набуде чинності, коли ми зарахуємо ваш переказ ${amount} за рахунком-проформою${proforma ? ` ${proforma}` : ''} — призначення платежу: номер проформи, термін: ${dot(due)} Проформа не є рахунком-фактурою VAT; фактуру ми виставимо після зарахування платежу.`,
    card: (number: string, title: string, label: string, amount: string, due: string) =>
      `Ми уклали договір ${number} («${title}»). Він набуде чинності після зарахування першого платежу: ${label}, ${amount}, термін: ${dot(due)}`,
    proformaButton: 'Завантажити рахунок-проформу',
    proformaText: 'Рахунок-проформа',
    schedule: 'Графік платежів:',
    scheduleLine: (label: string, amount: string, due: string) => `${label}: ${amount}, термін ${due}`,
    withdrawal: (version: string) =>
      `Правила у версії ${version}. Від договору, укладеного дистанційно, ви можете відмовитися протягом 14 днів без пояснення причин; кошти буде повернено протягом 14 днів після отримання вашої заяви.`,
  },
  paid: {
    subject: (number: string) => `Платіж отримано — договір ${number}`,
    received: (amount: string, label: string, number: string, title: string) =>
      `Ми отримали платіж ${amount} (${label}) за договором ${number} («${title}»).`,
    activated: 'Договір набув чинності — доступ уже активний.',
    resumed: 'Доступ відновлено. Новий місячний розрахунковий період рахуємо від дня цього платежу.',
    paidThrough: (day: string) => `Оплачено до: ${dot(day)}`,
    next: (amount: string, due: string) => `Наступний платіж: ${amount}, термін ${dot(due)}`,
    classes: (link: string) => `Заняття, приєднання до них і матеріали: ${link}`,
    invoice:
      'Рахунок-фактуру VAT за цей платіж ви завантажите зі сторінки договору на сайті (стовпець «Документи»), щойно його буде виставлено.',
    classesButton: 'Перейти до занять',
  },
  cardDeclined: {
    subject: (number: string) => `Не вдалося списати платіж із картки — договір ${number}`,
    card: (label: string | null) => (label ? `збереженої картки ${label}` : 'збереженої картки'),
    declined: (card: string, amount: string, label: string, number: string) =>
      `Банк відхилив списання ${amount} зі ${card} (${label}, договір ${number}).`,
    due: (day: string) => `Термін оплати: ${dot(day)}`,
    payFrom:
      'Будь ласка, оплатіть за посиланням нижче (карткою, BLIK або переказом). Оплата карткою збереже її для наступних місяців.',
    payFromText: (link: string) => `Оплатіть за посиланням (карткою, BLIK або переказом): ${link}`,
    late: 'Якщо платіж не надійде вчасно, доступ буде призупинено відповідно до договору.',
  },
  payLink: {
    subject: (label: string, number: string) => `До сплати: ${label} — договір ${number}`,
    lead: 'Ми підготували черговий платіж за вашим договором.',
    note: 'Платіж за цим посиланням створюється лише тоді, коли ви його відкриєте, тож посилання діє до терміну оплати.',
  },
  reminder: {
    subject: (number: string) => `Нагадування про оплату — договір ${number}`,
    dueToday: 'Термін оплати спливає сьогодні.',
    before: (days: number) =>
      days === 1 ? 'Термін оплати спливає завтра.' : `Термін оплати спливає через ${days} ${daysUk(days)}.`,
    after: (days: number) =>
      days === 1
        ? 'Термін оплати минув учора, а платежу ми ще не бачимо.'
        : `Термін оплати минув ${days} ${daysUk(days)} тому, а платежу ми ще не бачимо.`,
    ignore: 'Якщо ви вже оплатили, не зважайте на це повідомлення.',
  },
  suspended: {
    subject: (number: string) => `Доступ призупинено — договір ${number}`,
    lead: 'Ми не отримали платіж вчасно, тому доступ до курсу призупинено.',
    back: 'Після оплати доступ відновиться одразу, а наступний розрахунковий період рахуватимемо від дня платежу.',
    ends: (day: string) => `Якщо платіж не надійде, договір припинить дію ${dot(day)}`,
  },
  demand: {
    subject: (number: string) => `Вимога про оплату — договір ${number}`,
    lead: (day: string) => `Просимо сплатити заборгованість до ${dot(day)}`,
    notice:
      'Якщо заборгованість не буде сплачено в цей термін, ми можемо розірвати договір із попередженням за 7 днів.',
  },
  terminationNotice: {
    subject: (number: string) => `Розірвання договору ${number}`,
    lead: (day: string) =>
      `Попри вимогу про оплату, заборгованість не сплачено. Ми розриваємо договір із попередженням за 7 днів: договір припинить дію ${day}, якщо до цього дня ми не отримаємо платіж.`,
  },
  terminated: {
    subject: (number: string) => `Договір ${number} завершено`,
    unpaid: (number: string, offer: string) =>
      `Через відсутність оплати договір ${number} (${offer}) припинив дію, а доступ до курсу завершено.`,
    notice: (number: string, offer: string) =>
      `Відповідно до повідомлення про розірвання договір ${number} (${offer}) завершився, а доступ до курсу закрито. Дякуємо за спільне навчання.`,
    owes: 'Заборгованість залишається до сплати:',
  },
  voided: {
    subject: (number: string) => `Замовлення скасовано — договір ${number}`,
    lead: 'Ми не отримали перший платіж вчасно, тому замовлення скасовано, а доступ заблоковано. За цим договором нічого не треба сплачувати. Якщо ви й далі бажаєте скористатися пропозицією, оформіть замовлення ще раз.',
  },
  discount: {
    types: {
      CODE: 'Код знижки',
      SIBLING: 'Знижка для братів і сестер',
      REFERRAL: 'Знижка за рекомендацію',
      CONTINUATION: 'Акція «Kontynuacja»',
      SCHOOL: 'Знижка школи',
    },
    acceptedSubject: (discount: string, number: string) => `Надано: ${discount} — договір ${number}`,
    rejectedSubject: (discount: string, number: string) => `Не належить: ${discount} — договір ${number}`,
    referral: (number: string, offer: string, charge: string) =>
      `За рекомендацію нового клієнта ми надали вам знижку за договором ${number} (${offer}). Ми вирахували її з платежу: ${charge}.`,
    accepted: (discount: string, number: string, offer: string) =>
      `Ми перевірили знижку «${discount}» за договором ${number} (${offer}) — вона належить, графік платежів не змінюється.`,
    rejected: (discount: string, number: string, offer: string, reason: string) =>
      `Після перевірки знижка «${discount}» за договором ${number} (${offer}) не належить. Причина: ${reason}`,
    fullPrice: 'Відповідно до правил діє повна ціна занять.',
    raised: (amount: string) => ` Наступні платежі зросли загалом на ${amount}.`,
    topUp: (amount: string, due: string) =>
      `За вже сплачені платежі ми нарахували доплату ${amount} — термін оплати: ${dot(due)}`,
    withdraw: (day: string) =>
      `Якщо повна ціна вам не підходить, ви маєте право відмовитися від договору до ${day} — у «Моїх договорах» або через контактну форму. Тоді ми повернемо сплачені кошти (крім безповоротного Пакета слухача).`,
    payTopUp: 'Сплатити доплату',
    droppedSubject: (number: string) => `Втрата знижки акції «Kontynuacja» — договір ${number}`,
    dropped: (number: string, offer: string, raised: string | null) =>
      `За договором ${number} (${offer}) один із платежів прострочено понад 30 днів, тому відповідно до правил акції (§2 п. 5) знижка акції «Kontynuacja» більше не діє. ` +
      `Решта платежів тепер за повною ціною${raised ? ` (загалом на ${raised} більше)` : ''}. Уже сплачені залишаються без змін.`,
  },
  notice: {
    quote: {
      paid: 'Сплачено',
      used: (fraction: string) => `Використано (${fraction})`,
      refund: 'До повернення',
      owed: 'До сплати',
      keptCharges: 'Платежі, що належать до дня завершення',
      cancelledCharges: 'Скасовані платежі',
      withdrawal: 'Відмова від договору протягом 14 днів: повернення платежів',
      performed: 'Вартість послуги, наданої на ваше прохання до відмови',
      nonRefundable: 'Платежі, що не повертаються',
      fullRefund: 'Відмова не пізніше дня після другого заняття: повне повернення (без Пакета слухача)',
      noRefund: 'Плата за поточний період не повертається',
    },
    subject: (number: string, withdrawal: boolean) =>
      withdrawal ? `Відмову від договору ${number} прийнято` : `Розірвання договору ${number} прийнято`,
    withdrawal: (number: string, title: string, day: string) =>
      `Ми прийняли вашу відмову від договору ${number} («${title}»). Договір завершився ${dot(day)}`,
    notice: (number: string, title: string, day: string) =>
      `Ми прийняли ваше повідомлення про розірвання договору ${number} («${title}»). Останній день договору й доступу: ${dot(day)}`,
    refund: (amount: string, by: string | null) =>
      `Ми повернемо ${amount}${by ? ` не пізніше ${by}` : ''} тим самим способом оплати.`,
    owed: (amount: string) => `До сплати залишається: ${amount}.`,
  },
  groupCancelled: {
    subject: (number: string) => `Групу скасовано — договір ${number}`,
    how: {
      payu: 'через PayU, на рахунок, з якого надійшов платіж',
      staff: 'переказом або в касі центру',
      mixed: 'через PayU та (за платежі в касі чи переказом) переказом або в касі центру',
    },
    cancelled: (title: string, child: string, reason: string, number: string) =>
      `На жаль, група «${title}», до якої записано дитину ${child}, скасована (${reason}). Договір ${number} завершується, наступні внески не стягуватимуться.`,
    held: (held: number, classes: number) =>
      `Відбулося ${held} з ${classes} занять. Ми повертаємо кошти за заняття, які не відбудуться, пропорційно до їх кількості; Пакет слухача поверненню не підлягає.`,
    refund: (amount: string, how: string, by: string) => `Сума повернення: ${amount} — ${how}, не пізніше ${dot(by)}`,
    noRefund:
      'Ваші платежі не перевищують вартості занять, що вже відбулися, тому повертати нічого, і більше нічого не належить до сплати.',
  },
};

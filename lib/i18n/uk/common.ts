// Ukrainian catalogue: shared UI (navigation, errors, account, catalogue). Mirrors lib/i18n/pl/common.ts key for key.
// The Polish common block is spread into the top level of `pl`, so its type is the matching slice of Messages.
import type { Messages } from '../pl';
import type { common as plCommon } from '../pl/common';
import { pluralUk } from '@/lib/format/plural';

export const common: Pick<Messages, keyof typeof plCommon> = {
  locale: 'uk-UA',
  brand: {
    name: 'Planeta',
    tagline: 'Онлайн-курси для шкіл, компаній і родин',
    title: 'Planeta — онлайн-курси',
    titleTemplate: '%s · Planeta',
    copyright: (year: number) => `© ${year} Planeta sp. z o.o.`,
  },
  footer: { label: 'Інформація', terms: 'Правила', privacy: 'Політика конфіденційності' },
  home: {
    intro:
      'Навчання із сертифікатом, групові пакети для компаній від 30 до 1000 осіб і річні предметні пакети для дітей — з оплатою через BLIK або швидким переказом.',
    featured: 'Рекомендовані курси',
  },
  forms: { pending: 'Хвилинку…' },
  nav: {
    courses: 'Курси',
    myCourses: 'Мої курси',
    orders: 'Замовлення',
    account: 'Обліковий запис',
    panel: 'Панель',
    login: 'Увійти',
    register: 'Створити обліковий запис',
    logout: 'Вийти',
    skipToContent: 'Перейти до змісту',
    main: 'Головна навігація',
    menu: 'Меню',
  },
  errors: {
    signInRequired: 'Увійдіть, щоб продовжити.',
    forbidden: 'У вас немає прав на цю дію.',
    checkFields: 'Виправте позначені поля.',
    unexpected: 'Щось пішло не так. Спробуйте ще раз за хвилину.',
    notFound: 'Не знайдено',
    crossSite: 'Недозволене джерело запиту',
    notFoundTitle: 'Ми не знайшли цієї сторінки',
    notFoundBody: 'Адреса могла змінитися або сторінку було видалено.',
    serverTitle: 'Сталася помилка',
    serverBody: 'Перепрошуємо — щось пішло не так з нашого боку. Спробуйте ще раз за хвилину.',
    backHome: 'Повернутися на головну',
    retry: 'Спробувати ще раз',
    digest: (digest: string) => `Код звернення: ${digest}`,
  },
  testApi: { clockBody: 'Вкажіть advanceMs, advanceDays або reset' },
  account: { title: 'Ваш обліковий запис', fullName: "Ім'я та прізвище", roles: 'Ролі', login: 'Логін' },
  roles: {
    LEARNER: 'Учасник',
    PARENT: 'Батьки',
    COMPANY_ADMIN: 'Адміністратор компанії',
    STAFF: 'Команда Planeta (стара роль)',
    CHILD: 'Учень (обліковий запис дитини)',
    ADMINISTRATOR: 'Адміністратор',
    ACCOUNTING: 'Бухгалтерія',
    CONTENT: 'Контент',
    SUPPORT: 'Обслуговування клієнтів',
    TEACHER: 'Викладач',
  },
  catalog: {
    title: 'Каталог курсів',
    from: 'від',
    access: 'Доступ',
    unlimited: 'без обмеження в часі',
    months: (n: number) => `${n} міс.`,
    browse: 'Переглянути курси',
    search: 'Шукати',
    searchPlaceholder: 'напр. RODO, Excel',
    category: 'Категорія',
    allCategories: 'Усі',
    filter: 'Фільтрувати',
    noResults: 'Ми не знайшли курсів, що відповідають пошуку.',
    offerOption: (offer: string, price: string) => `${offer} — ${price}`,
  },
  course: {
    fallbackTitle: 'Курс',
    description: 'Опис курсу',
    syllabus: 'Програма',
    moduleLessons: (n: number) => `${n} ${pluralUk(n, 'урок', 'уроки', 'уроків')}`,
    lessonMinutes: (n: number) => `${n} хв`,
    testHeading: 'Підсумковий тест',
    testPassMark: (percent: number) => `Зараховується від ${percent}% правильних відповідей.`,
    testAttempts: (n: number) => `У вас ${n} ${pluralUk(n, 'спроба', 'спроби', 'спроб')}.`,
    testTimeLimit: (minutes: number) => `Обмеження часу: ${minutes} хв.`,
    testAfterLessons: 'Тест відкривається після завершення всіх уроків.',
    testCertificate: 'Після зарахування ви завантажите посвідчення.',
    buy: 'Купити курс',
    priceNote: 'ціна брутто для однієї особи, з 23% ПДВ',
    monthsFromPurchase: (n: number) => `${n} міс. від покупки`,
    groupPackages:
      'Групові пакети: 30–1000 облікових записів для працівників, з договором доручення обробки даних і підсумковим звітом.',
    people: 'Скільки осіб стосується навчання?',
    peopleHint: 'Ми підкажемо пакет. Зайві облікові записи ви використаєте пізніше, напр. для нових працівників.',
    recommended: (offer: string, spare: number) =>
      spare > 0
        ? `Рекомендуємо: ${offer} (${spare} ${pluralUk(spare, 'обліковий запис', 'облікові записи', 'облікових записів')} у запасі).`
        : `Рекомендуємо: ${offer}.`,
    tooMany: (largest: number) =>
      `Найбільший пакет має ${largest} облікових записів. Купіть його й докупіть місця до групи або напишіть нам: kursy@planeta.edu.pl.`,
    invalidPeople: 'Вкажіть кількість осіб, напр. 60.',
    perPerson: (price: string) => `${price} за особу`,
    perSeat: (price: string, seats: number) => `${price} за обліковий запис при ${seats} облікових записах`,
    packageNote: 'ціна брутто за весь пакет, з 23% ПДВ',
    stepsHeading: 'Як проходить групове навчання',
    stepsIntro: 'Після покупки пакета ми проведемо вас через шість кроків:',
    steps: [
      'Покупка пакета і перехід до курсу (дані для рахунку-фактури VAT, оплата через PayU).',
      'Договір доручення обробки персональних даних — прийняття в сервісі або скан.',
      "Список учасників: ім'я та прізвище, за бажанням e-mail, логін і пароль.",
      'Облікові записи учасників і передача їм даних для входу.',
      'Учасники навчаються 2 місяці й після тесту завантажують посвідчення.',
      'Підсумковий звіт зі списком учасників і результатами тесту.',
    ],
  },
  groupTopUp: {
    line: (course: string, seats: number, company: string) =>
      `${course} — докупівля ${seats} ${pluralUk(seats, 'місця', 'місць', 'місць')} до групи ${company}`,
    heading: 'Докупіть місця до своєї групи',
    intro:
      'Потрібно більше облікових записів в наявній групі? Докуплені місця додадуться до неї після оплати, з тим самим строком звіту.',
    group: 'Група',
    groupOption: (company: string, seats: number, left: number) => `${company} — ${seats} місць, вільних ${left}`,
    seats: 'Скільки місць докупити?',
    seatsHint: (min: number) =>
      `Від ${min} місць. Ціна за місце як у пакеті, до якого виросте група (напр. 100 + 20 → ціна пакета 100).`,
    submit: 'Додати до кошика',
  },
};

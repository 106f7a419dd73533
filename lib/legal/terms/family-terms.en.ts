// The English courtesy translation of /rodzina/regulamin (family-terms.ts is the binding
// original): the same sections and sentences, the amounts from the same constants formatted in
// English. The package names stay as they are (product data, quoted as Polish); what a package
// includes is the English catalogue's wording of the same list.
import { EXAM_FEE_PLN, EXTRA_SUBJECT_FEE_PLN, POLISH_GROUP_LESSONS_PLN } from '@/lib/families/rules/add-ons';
import { SIBLING_DISCOUNT } from '@/lib/families/rules/sibling-discount';
import { CURRENCIES, formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { familyCancellationTextEn } from './family-cancellation.en';
import type { FamilyTermsWording } from './family-terms';

const money = (minor: number, currency: string = 'PLN') => formatMoney(minor, currency, 'en');

export const familyTermsEn: FamilyTermsWording = {
  locale: 'en',
  metaTitle: 'Terms of the packages for children',
  title: 'Terms of subject packages for children',
  intro:
    'A package is a child’s one-year access to the online Polish school. The school year runs from 1 September to 30 June; in July and August existing users use the platform free of charge if they have not resigned before the end of June. Those who pay before 1 September have access to the preparatory platform until the school year begins.',
  headings: {
    'konto-i-dzieci': 'Account and children',
    'okres-testowy': 'Free trial period',
    'pakiety-i-ceny': 'Packages and prices per child per school year',
    'rabat-dla-rodzenstwa': 'Sibling discount',
    dodatki: 'Add-ons',
    rezygnacja: 'Resignation during the year',
    odstapienie: 'Withdrawal from the contract',
    'rabat-po-odejsciu-dziecka': 'The sibling discount after a child leaves',
  },
  account:
    'The parent gives their first name, e-mail address, telephone number (optional) and country of residence, and for each child their first name, surname and year of birth. We set the class by year of birth; at the parent’s request the team may place the child one class lower or higher. The child logs in with their own login and a password set by the parent.',
  trial:
    'For 2 days (48 hours from clicking “Try it for 2 days”) all the children have access to the Standard Package. The trial period can be used once per school year.',
  currencies:
    'The currency follows the country of residence: Poland — PLN, the United Kingdom — GBP, other European countries (except Russia) — EUR, all other countries — USD.',
  pricesLabel: 'Package prices',
  packageColumn: 'Package',
  ageColumn: 'Age',
  ages: (min, max) => `${min}–${max} years`,
  includes: (code) => messages('en').families.packages[code].includes,
  noChange: 'Once paid for, the package cannot be changed.',
  siblingDiscount: `For the second and each further child the fee is lower by ${CURRENCIES.map((c) => money(SIBLING_DISCOUNT[c], c)).join(' / ')}, only when all the children have the Standard Package. The discount does not apply to payment in instalments.`,
  addOns: `Exam: ${money(EXAM_FEE_PLN)} per subject (in the Standard and Premium Packages the exams in the core subjects are included in the price). An additional subject for the Mini Package: ${money(EXTRA_SUBJECT_FEE_PLN)}. Polish lessons in groups of 2–3 for the Mini Package: 1 lesson — ${money(POLISH_GROUP_LESSONS_PLN[1])}, 5 lessons — ${money(POLISH_GROUP_LESSONS_PLN[5])}, 10 lessons — ${money(POLISH_GROUP_LESSONS_PLN[10])}. Outside Poland we convert the add-ons into the currency of the order at the exchange rate of the day of purchase.`,
  cancellation: familyCancellationTextEn,
  upcoming: {
    before: (day) => `From ${day} (terms of service, version `,
    after: ') resignation and withdrawal work as follows:',
  },
  footer: {
    before: 'The rules for using the service, payments and data protection: ',
    link: 'Terms of service of the Planeta platform',
    after: '.',
  },
};

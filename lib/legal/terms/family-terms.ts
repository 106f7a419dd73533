// The wording of /rodzina/regulamin (the terms of subject packages for children) in Polish, the
// binding original, rendered by components/legal/family-terms.tsx. Amounts come from the constants
// the prices are computed with, formatted in the language of the text; family-terms.en.ts is the
// English courtesy translation of the same structure.
import { EXAM_FEE_PLN, EXTRA_SUBJECT_FEE_PLN, POLISH_GROUP_LESSONS_PLN } from '@/lib/families/rules/add-ons';
import { PACKAGES, type PackageCode } from '@/lib/families/rules/packages';
import { SIBLING_DISCOUNT } from '@/lib/families/rules/sibling-discount';
import { CURRENCIES, formatMoney } from '@/lib/format/money';
import { familyCancellationText, type FamilyCancellationText } from './family-cancellation';

/** The sections in page order; each id is the heading's anchor, the same in every language. */
export const FAMILY_TERMS_SECTIONS = [
  'konto-i-dzieci',
  'okres-testowy',
  'pakiety-i-ceny',
  'rabat-dla-rodzenstwa',
  'dodatki',
  'rezygnacja',
  'odstapienie',
  'rabat-po-odejsciu-dziecka',
] as const;
export type FamilyTermsSection = (typeof FAMILY_TERMS_SECTIONS)[number];

export type FamilyTermsWording = {
  /** The language of the text: amounts, dates and the `lang` of the text follow it. */
  locale: 'pl' | 'en';
  metaTitle: string;
  title: string;
  intro: string;
  headings: Record<FamilyTermsSection, string>;
  account: string;
  trial: string;
  currencies: string;
  pricesLabel: string;
  packageColumn: string;
  ageColumn: string;
  ages: (min: number, max: number) => string;
  /** What a package includes, in the language of the text. */
  includes: (code: PackageCode) => readonly string[];
  noChange: string;
  siblingDiscount: string;
  addOns: string;
  /** Resignation, withdrawal and the sibling set-off of a terms version. */
  cancellation: (version: string) => FamilyCancellationText;
  /** "From <day> (terms version <link>) …": the text before and after the version's link. */
  upcoming: { before: (day: string) => string; after: string };
  /** The closing line with the link to the site's terms of service. */
  footer: { before: string; link: string; after: string };
};

const money = (minor: number, currency: string = 'PLN') => formatMoney(minor, currency, 'pl');

export const familyTermsPl: FamilyTermsWording = {
  locale: 'pl',
  metaTitle: 'Regulamin pakietów dla dzieci',
  title: 'Regulamin pakietów przedmiotowych dla dzieci',
  intro:
    'Pakiet to roczny dostęp dziecka do szkoły polskiej online. Rok szkolny trwa od 1 września do 30 czerwca; w lipcu i sierpniu dotychczasowi użytkownicy korzystają z platformy bezpłatnie, jeśli nie zrezygnowali przed końcem czerwca. Kto zapłaci przed 1 września, do początku roku ma dostęp do platformy przygotowawczej.',
  headings: {
    'konto-i-dzieci': 'Konto i dzieci',
    'okres-testowy': 'Bezpłatny okres testowy',
    'pakiety-i-ceny': 'Pakiety i ceny za dziecko za rok szkolny',
    'rabat-dla-rodzenstwa': 'Rabat dla rodzeństwa',
    dodatki: 'Dodatki',
    rezygnacja: 'Rezygnacja w trakcie roku',
    odstapienie: 'Odstąpienie od umowy',
    'rabat-po-odejsciu-dziecka': 'Rabat dla rodzeństwa po odejściu dziecka',
  },
  account:
    'Rodzic podaje imię, e-mail, telefon (nieobowiązkowo) i kraj zamieszkania, a dla każdego dziecka imię i nazwisko oraz rok urodzenia. Klasę ustalamy według rocznika; na prośbę rodzica zespół może przypisać dziecko o jedną klasę niżej lub wyżej. Dziecko loguje się własnym loginem i hasłem nadanym przez rodzica.',
  trial:
    'Przez 2 dni (48 godzin od kliknięcia „Przetestuj przez 2 dni”) wszystkie dzieci mają dostęp do Pakietu Standard. Z okresu testowego można skorzystać raz w roku szkolnym.',
  currencies:
    'Walutę wyznacza kraj zamieszkania: Polska — PLN, Wielka Brytania — GBP, pozostałe kraje Europy (poza Rosją) — EUR, pozostałe kraje — USD.',
  pricesLabel: 'Ceny pakietów',
  packageColumn: 'Pakiet',
  ageColumn: 'Wiek',
  ages: (min, max) => `${min}–${max} lat`,
  includes: (code) => PACKAGES[code].includes,
  noChange: 'Po zapłacie pakietu nie można zmienić.',
  siblingDiscount: `Za drugie i każde kolejne dziecko opłata jest niższa o ${CURRENCIES.map((c) => money(SIBLING_DISCOUNT[c], c)).join(' / ')}, tylko gdy wszystkie dzieci mają Pakiet Standard. Rabat nie obowiązuje przy płatności w ratach.`,
  addOns: `Egzamin: ${money(EXAM_FEE_PLN)} za przedmiot (w Pakietach Standard i Premium egzaminy z przedmiotów podstawowych są w cenie). Dodatkowy przedmiot do Pakietu Mini: ${money(EXTRA_SUBJECT_FEE_PLN)}. Lekcje języka polskiego w grupach 2–3 osobowych do Pakietu Mini: 1 lekcja — ${money(POLISH_GROUP_LESSONS_PLN[1])}, 5 lekcji — ${money(POLISH_GROUP_LESSONS_PLN[5])}, 10 lekcji — ${money(POLISH_GROUP_LESSONS_PLN[10])}. Poza Polską dodatki przeliczamy na walutę zamówienia po kursie z dnia zakupu.`,
  cancellation: familyCancellationText,
  upcoming: {
    before: (day) => `Od ${day} (regulamin w wersji `,
    after: ') rezygnacja i odstąpienie działają tak:',
  },
  footer: {
    before: 'Zasady korzystania z serwisu, płatności i ochrony danych: ',
    link: 'Regulamin serwisu Planeta',
    after: '.',
  },
};

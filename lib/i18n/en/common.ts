// English catalogue: shared UI (navigation, errors, account, catalogue). Mirrors lib/i18n/pl/common.ts key for key.
// The Polish common block is spread into the top level of `pl`, so its type is the matching slice of Messages.
import type { Messages } from '../pl';
import type { common as plCommon } from '../pl/common';
import { pluralEn } from '@/lib/format/plural';

export const common: Pick<Messages, keyof typeof plCommon> = {
  locale: 'en-GB',
  brand: {
    name: 'Planeta',
    tagline: 'Online courses for schools, businesses and families',
    title: 'Planeta — online courses',
    titleTemplate: '%s · Planeta',
    copyright: (year: number) => `© ${year} Planeta sp. z o.o.`,
  },
  footer: { label: 'Information', terms: 'Terms of service', privacy: 'Privacy policy' },
  home: {
    intro:
      'Certified training, group packages for companies of 30 to 1,000 people and yearly subject packages for children — paid with BLIK or a fast bank transfer.',
    featured: 'Featured courses',
  },
  forms: { pending: 'Just a moment…' },
  nav: {
    courses: 'Courses',
    myCourses: 'My courses',
    orders: 'Orders',
    account: 'Account',
    panel: 'Panel',
    login: 'Sign in',
    register: 'Create account',
    logout: 'Sign out',
    skipToContent: 'Skip to content',
    main: 'Main navigation',
    menu: 'Menu',
  },
  errors: {
    signInRequired: 'Please sign in to continue.',
    forbidden: "You don't have permission to do this.",
    checkFields: 'Please correct the highlighted fields.',
    unexpected: 'Something went wrong. Please try again in a moment.',
    notFound: 'Not found',
    crossSite: 'Request origin not allowed',
    notFoundTitle: "We couldn't find this page",
    notFoundBody: 'The address may have changed or the page has been removed.',
    serverTitle: 'An error occurred',
    serverBody: 'Sorry — something went wrong on our side. Please try again in a moment.',
    backHome: 'Back to the home page',
    retry: 'Try again',
    digest: (digest: string) => `Reference code: ${digest}`,
  },
  testApi: { clockBody: 'Provide advanceMs, advanceDays or reset' },
  account: { title: 'Your account', fullName: 'Full name', roles: 'Roles', login: 'Login' },
  roles: {
    LEARNER: 'Learner',
    PARENT: 'Parent',
    COMPANY_ADMIN: 'Company administrator',
    STAFF: 'Planeta team (former role)',
    CHILD: "Pupil (child's account)",
    ADMINISTRATOR: 'Administrator',
    ACCOUNTING: 'Accounting',
    CONTENT: 'Content',
    SUPPORT: 'Customer support',
    TEACHER: 'Teacher',
  },
  catalog: {
    title: 'Course catalogue',
    from: 'from',
    access: 'Access',
    unlimited: 'no time limit',
    months: (n: number) => `${n} ${pluralEn(n, 'month', 'months')}`,
    browse: 'Browse courses',
    search: 'Search',
    searchPlaceholder: 'e.g. GDPR, Excel',
    category: 'Category',
    allCategories: 'All',
    filter: 'Filter',
    noResults: "We couldn't find any courses matching your search.",
    offerOption: (offer: string, price: string) => `${offer} — ${price}`,
  },
  course: {
    fallbackTitle: 'Course',
    description: 'Course description',
    syllabus: 'Syllabus',
    moduleLessons: (n: number) => `${n} ${pluralEn(n, 'lesson', 'lessons')}`,
    lessonMinutes: (n: number) => `${n} min`,
    testHeading: 'Final test',
    testPassMark: (percent: number) => `Pass mark: ${percent}% correct answers.`,
    testAttempts: (n: number) => `You have ${n} ${pluralEn(n, 'attempt', 'attempts')}.`,
    testTimeLimit: (minutes: number) => `Time limit: ${minutes} min.`,
    testAfterLessons: 'The test opens once you have completed all lessons.',
    testCertificate: 'Once you pass, you can download a certificate.',
    buy: 'Buy course',
    priceNote: 'gross price for one person, incl. 23% VAT',
    monthsFromPurchase: (n: number) => `${n} ${pluralEn(n, 'month', 'months')} from purchase`,
    groupPackages:
      'Group packages: 30–1,000 accounts for employees, with a data processing agreement and a final report.',
    people: 'How many people is the training for?',
    peopleHint: "We'll suggest a package. You can use spare accounts later, e.g. for new employees.",
    recommended: (offer: string, spare: number) =>
      spare > 0
        ? `We recommend: ${offer} (${spare} spare ${pluralEn(spare, 'account', 'accounts')}).`
        : `We recommend: ${offer}.`,
    tooMany: (largest: number) =>
      `The largest package has ${largest} accounts. Buy it and add seats to the group, or write to us: kursy@planeta.edu.pl.`,
    invalidPeople: 'Enter the number of people, e.g. 60.',
    perPerson: (price: string) => `${price} per person`,
    perSeat: (price: string, seats: number) => `${price} per account with ${seats} accounts`,
    packageNote: 'gross price for the whole package, incl. 23% VAT',
    stepsHeading: 'How group training works',
    stepsIntro: "Once you've bought a package, we'll guide you through six steps:",
    steps: [
      'Buy the package and go to the course (VAT invoice details, payment via PayU).',
      'Data processing agreement — accept it online or upload a scan.',
      'List of participants: full name, optionally e-mail, login and password.',
      'Participant accounts, and handing out their sign-in details.',
      'Participants study for 2 months and download their certificates after the test.',
      'Final report with the list of participants and their test results.',
    ],
  },
  groupTopUp: {
    line: (course: string, seats: number, company: string) =>
      `${course} — ${seats} additional ${pluralEn(seats, 'seat', 'seats')} for the group ${company}`,
    heading: 'Add seats to your group',
    intro: 'Need more accounts in an existing group? The seats are added once paid, with the same report date.',
    group: 'Group',
    groupOption: (company: string, seats: number, left: number) =>
      `${company} — ${seats} ${pluralEn(seats, 'seat', 'seats')}, ${left} free`,
    seats: 'How many seats to add?',
    seatsHint: (min: number) =>
      `From ${min} seats. The price per seat is that of the package the group grows into (e.g. 100 + 20 → the 100 package price).`,
    submit: 'Add to cart',
  },
};

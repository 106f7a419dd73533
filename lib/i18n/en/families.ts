// English catalogue: the family area (parents, children, yearly subject packages). Mirrors
// lib/i18n/pl/families.ts key for key.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

const classLabel = (classNumber: number) => (classNumber === 0 ? 'reception year' : `year ${classNumber}`);

export const families: Messages['families'] = {
  nav: 'Family',
  panelNav: 'Families',
  title: 'My family',
  registerTitle: 'Parent account',
  registerIntro:
    'Create a parent account, add your children and choose a package for the school year for each of them. Prices are in the currency of your country of residence.',
  registerSubmit: 'Create parent account',
  signedInOther:
    "You're signed in to an account without the parent role. Sign out to create a parent account with a different e-mail address, or write to us and we'll add the parent role to this account.",
  parentRegisterLink: 'A parent? Create a parent account and buy a school package for your children',
  firstName: 'First name',
  lastName: 'Last name (optional)',
  email: 'E-mail',
  phone: 'Phone (optional)',
  country: 'Country of residence',
  countryHint:
    'The currency depends on the country: Poland — PLN, United Kingdom — GBP, other European countries (except Russia) — EUR, the rest of the world — USD.',
  chooseCountry: 'Choose a country…',
  terms: 'I accept the terms of service for subject packages',
  children: 'Children',
  noChildren: "You haven't added any children yet.",
  addChild: 'Add a child',
  childFullName: "Child's full name",
  birthYear: 'Year of birth',
  childLogin: "Child's login",
  childLoginHint: 'Your child signs in with this login on the normal sign-in page.',
  childPassword: "Child's password",
  childAdded: (name: string, login: string) => `Added: ${name}. Your child signs in with the login “${login}”.`,
  firstLoginIntroChild:
    'Your parent set the password for this account. You can keep it or set your own — your parent can always set a new one.',
  passwordSet: "The child's password has been set. Your child needs to sign in again.",
  setPassword: 'Set a new password',
  classRequested: 'The request to change the class has been sent. The Planeta team will review it.',
  classRequestCleared: 'Class by year of birth — change request withdrawn.',
  choosePackages: 'Choose packages',
  trialTitle: 'Free trial',
  trialIntro:
    'For 2 days (48 hours from the click) all your children have access to the Standard Package. Once per school year.',
  trialStart: 'Try it for 2 days',
  trialStarted: (until: string) => `The trial runs until ${until}.`,
  trialActive: (until: string) => `The trial runs until ${until}.`,
  trialEnded: (until: string) => `The trial ended on ${until}.`,
  trialOncePerYear:
    'The free trial can be used once per school year. To let your children keep learning, choose packages.',
  subjects: {
    JEZYK_POLSKI_OD_PODSTAW: 'Polish from scratch',
    PRZYGOTOWANIE_PRZEDSZKOLNE: 'reception-year preparation',
    EDUKACJA_WCZESNOSZKOLNA: 'early primary education',
    JEZYK_POLSKI: 'Polish',
    HISTORIA: 'history',
    PRZYRODA: 'science',
    GEOGRAFIA: 'geography',
    WOS: 'civics',
    MATEMATYKA: 'mathematics',
    ZAJECIA_KOMPUTEROWE: 'computer classes',
    INFORMATYKA: 'computer science',
    BIOLOGIA: 'biology',
    CHEMIA: 'chemistry',
    FIZYKA: 'physics',
    EDB: 'safety education',
    JEZYK_ANGIELSKI: 'English',
    JEZYK_FRANCUSKI: 'French',
    JEZYK_HISZPANSKI: 'Spanish',
    JEZYK_NIEMIECKI: 'German',
    JEZYK_WLOSKI: 'Italian',
    DRUGI_JEZYK_OBCY: 'second foreign language',
  },
  packages: {
    NA_START: {
      name: 'Starter Package',
      includes: [
        'Polish from scratch course: 20 lesson plans',
        'tests checking how well the material has been learnt',
        'interactive exercises and educational games',
        'forum (without the “Desk Mate” app)',
      ],
    },
    MINI: {
      name: 'Mini Package',
      includes: [
        '36 weekly lesson plans: early primary education, Polish, history, civics, science (the number of subjects depends on the year)',
        'tests, interactive exercises and educational games, materials on Polish culture and tradition',
        'webinars, the forum and the “Desk Mate” app',
        'no sciences, foreign languages or Polish lessons in groups of 2–3 (can be bought as extras)',
      ],
    },
    STANDARD: {
      name: 'Standard Package',
      includes: [
        'everything in the Mini Package',
        'sciences and foreign languages: mathematics, computer science, biology, chemistry, physics, safety education, a foreign language (by year)',
        'Polish lessons in groups of 2–3',
        'yearly exam in the core subjects at no extra cost',
      ],
    },
    PREMIUM: {
      name: 'Premium Package',
      includes: [
        'everything in the Standard Package',
        '20 one-to-one Polish tutoring sessions',
        'a set of set books suited to the year, sent to an address abroad',
      ],
    },
  },
  categoryName: 'Polish school abroad',
  lines: {
    siblingDiscount: 'Sibling discount',
    exam: (subject: string, included: boolean) => `Exam: ${subject}${included ? ' (included in the package)' : ''}`,
    itemName: (pkg: string, extras: string[]) =>
      extras.length
        ? `${pkg}; ${extras.map((e) => e.replace(/ \(included in the package\)$/, ' (included)')).join('; ')}`
        : pkg,
    extraSubject: (subject: string) => `Extra subject: ${subject}`,
    groupLessons: (n: number) => `Polish lessons in groups of 2–3: ${n} ${pluralEn(n, 'lesson', 'lessons')}`,
  },
  className: (classNumber: number) => classLabel(classNumber),
  sibling: {
    singleChild: 'The sibling discount applies from the second child.',
    notAllStandard: 'The sibling discount applies only when the Standard Package is chosen for all children.',
    paidNotStandard:
      'The sibling discount applies only when all children have the Standard Package — including those whose package for this school year is already paid.',
    instalments: "The sibling discount doesn't apply when paying in instalments.",
    noFullPriceSibling:
      'None of the siblings with a paid package still pays the full price, so this child pays the full price and the discount goes to the next one.',
    appliedWithPaid: (n: number) =>
      `A sibling already has a paid Standard Package for this school year, so the discount covers every child in this order; children with the discount: ${n}.`,
    applied: (n: number) =>
      `The sibling discount reduces the fee for the second and every further child; children with the discount: ${n}.`,
  },
  siblingAdjustment: {
    loss: (refund: string, loss: string, payout: string) =>
      `Refund ${refund} − loss of the sibling discount ${loss} = ${payout} to be paid out.`,
    returned: (refund: string, back: string, payout: string) =>
      `Refund ${refund} + return of the sibling discount surcharge ${back} = ${payout} to be paid out.`,
    lossWithdrawal:
      'Withdrawal from the contract refunds the whole fee for this package (Art. 32 of the Consumer Rights Act, clause 8.4 of the terms of service). ' +
      'The contract is then deemed not to have been concluded (Art. 31 of the Act), so the siblings no longer meet the discount condition of clause 5.3 of the terms: ' +
      "one of the other children's Standard packages costs the full price. If you confirm, we deduct this surcharge from the refund above. " +
      "If a sibling is still within the 14 days, you can instead first withdraw from the contract of the child with the discount — then there's no surcharge.",
    lossResignation:
      'The discount in clause 5.3 of the terms of service applies to the second and further children. After this cancellation, ' +
      "one of the other children's Standard packages costs the full price for the unused months, so we deduct the difference for those months from the refund.",
    returnedWhy:
      'When a sibling paying the full price left earlier, a surcharge for the loss of the discount (clause 5.3 of the terms of service) was deducted for this package. ' +
      'Together with this package we also refund that surcharge (for the unused months).',
  },
  resignationRefund: {
    instalments: 'When paying in instalments, there is no refund for unused months.',
    nothingLeft: 'There are no unused months of the school year left, so no refund is due.',
    refund: (months: number, of: number) =>
      `Refund for ${months} of ${of} months of the school year, less the transfer costs.`,
  },
  fields: {
    firstName: 'first name',
    max30: 'At most 30 characters.',
    max120: 'At most 120 characters.',
    phone: 'Enter a phone number with digits, e.g. +44 20 7946 0000.',
    countryRequired: 'Choose your country of residence.',
    countryFromList: 'Choose a country from the list.',
    terms: 'To create an account, please accept the package terms of service.',
    loginMin: 'The login must be at least 3 characters long.',
    loginMax: 'The login can be at most 40 characters long.',
    loginChars:
      'The login may contain lower-case letters without Polish characters, digits, full stops, hyphens and underscores.',
    childNameRequired: "Enter the child's full name.",
    childNameFormat: "Enter the child's full name (letters, spaces, hyphens).",
    birthYear: 'Enter the year of birth, e.g. 2016.',
    chooseClass: 'Choose a year.',
    orderTerms: 'To pay, please accept the package terms of service.',
    currency: 'Choose a currency.',
    rateRequired: 'Enter the rate, e.g. 4.2735.',
  },
  classChangeApproved: 'Year change approved.',
  classChangeRejected: 'Request rejected.',
  cancellationRefunded: 'Refund ordered in PayU.',
  cancellationRefundedAmount: (amount: string) =>
    `Refund of ${amount} ordered in PayU. Access unchanged from the request.`,
  rateSaved: 'Rate saved.',
  errors: {
    rateFormat: 'Enter the rate with at most four decimal places, e.g. 4.2735.',
    rateExample: 'E.g. 4.2735.',
    dateFormat: 'Enter the date in the format YYYY-MM-DD.',
    dateRequired: 'Enter a date.',
    classRequestDecided: 'This request has already been decided.',
    packageNotActive: "This package isn't active — it can't be cancelled.",
    withdrawalExpired:
      '14 days have passed since payment: withdrawal from the contract is no longer possible. You can cancel the package instead.',
    alreadyCancelled: 'This package has already been cancelled.',
    cancellationMissing: 'Request not found.',
    cancellationClosed: 'This request is already closed.',
    siblingChanged:
      "The siblings' packages have changed in the meantime, so the refund amount has changed. Check the new amounts and confirm again.",
    loginTaken: 'This login is already taken. Please choose another.',
    childMissing: 'Child not found.',
    noPackageChosen: 'Choose a package for at least one child.',
    packagePaidLocked:
      "The package for this school year is already paid and can't be changed. Remove this child from the order.",
    trialNeedsChild: "First add a school-age child — the trial covers children's accounts.",
    trialOnce: 'The free trial can be used once per school year.',
    trialUsed: (schoolYear: string) =>
      `The free trial can be used once per school year; it has already been used in ${schoolYear}.`,
    tooYoung: (birthYear: number, schoolYear: string, cohort: number) =>
      `A child born in ${birthYear} is too young for the school year ${schoolYear}: ` +
      `the reception year is for children born in ${cohort}.`,
    tooOld: (birthYear: number, schoolYear: string, oldestAge: number, cohort: number) =>
      `A child born in ${birthYear} is too old for the packages in the school year ${schoolYear}: ` +
      `they are for children up to ${oldestAge}, and year 8 is for children born in ${cohort} and ${cohort + 1}.`,
    classStepTooLarge:
      'The year can only be changed to one below or one above the year that follows from the year of birth.',
    noClassBelow: 'There is no year below the reception year.',
    noClassAbove: 'There is no year above year 8.',
    packageAge: (pkg: string, min: number, max: number, birthYear: number, startYear: number, age: number) =>
      `The ${pkg} is for children aged ${min}–${max}, ` +
      `and a child born in ${birthYear} turns ${age} in ${startYear}.`,
    noChildren: 'The order must include at least one child.',
    duplicateChild: 'The same child appears in the order more than once.',
    startHasNoClasses: "The Starter Package isn't divided into years.",
    rateRequired: (currency: string) =>
      `We convert extras into ${currency} at the rate of the day of purchase, and today's rate hasn't been entered yet. Remove the extras to buy just the packages, or try again on the next working day.`,
    orderProblems: (problems: string[]) => problems.join(' '),
    rateMismatch: (currency: string) => `The rate given doesn't match the order currency (${currency}).`,
    startHasNoExams: "The Starter Package doesn't include exams.",
    extrasOnlyMini: 'Extra subjects can only be added to the Mini Package.',
    groupLessonsOnlyMini: 'Polish lessons in groups of 2–3 can only be added to the Mini Package.',
    lessonBundle: 'Lessons in groups of 2–3 come in bundles of 1, 5 or 10 lessons.',
    duplicateExam: (subject: string) => `The exam “${subject}” was chosen more than once.`,
    duplicateExtra: (subject: string) => `The subject “${subject}” was chosen more than once.`,
    examNotForClass: (subject: string, classNumber: number) =>
      `The exam “${subject}” isn't available in ${classLabel(classNumber)}.`,
    extraNotForClass: (subject: string, classNumber: number) =>
      `The subject “${subject}” isn't available in ${classLabel(classNumber)}.`,
  },
  cancellationRefund: (kind: string, child: string) =>
    `${kind === 'WITHDRAWAL' ? 'Withdrawal from the contract' : 'Cancellation'}: ${child}`,
  rateSource: { staff: 'team', demo: 'demo data' },
  status: {
    PENDING_PAYMENT: 'awaiting payment',
    ACTIVE: 'paid',
    RESIGNED: 'cancelled',
    WITHDRAWN: 'withdrawn from the contract',
  },
  access: {
    preparatory: 'preparatory platform until 1 September',
    open: 'available',
    summer: 'summer holidays — free access',
    closed: 'closed',
  },
  backToFamily: '← My family',
  familyPage: {
    intro: (year: string, currency: string) => `School year ${year} · prices in ${currency}`,
  },
  childCard: {
    settingsLink: (name: string) => `Login, password and year: ${name}`,
    cohort: (birthYear: number) => `Born ${birthYear} · login`,
    inYear: (year: string) => `in ${year}:`,
    classRequestPending: ' · year change request awaiting a decision',
    paid: (year: string, status: string) => `${year}: ${status}, paid`,
    access: (state: string) => `· access: ${state}`,
    accessNow: {
      preparatory: (until: string) =>
        `· preparatory platform until ${until}, lessons for the whole year from 1 September`,
      open: (until: string) => `· school year until ${until}, lessons stay available free of charge over the summer`,
      summer: (until: string) => `· summer holidays: lessons available free of charge until ${until}`,
      closed: () => '· lessons closed',
    },
    refund: (amount: string, state: string, until: string) => `· refund ${amount} (${state}), access until ${until}`,
    refundState: { REFUNDED: 'sent', PENDING: 'in progress', other: 'not due' },
    cancelLink: 'Cancel or withdraw from the contract',
    progressCaption: (name: string) => `Progress: ${name}`,
    colSubject: 'Subject',
    progress: (done: number, total: number, percent: number) =>
      `${done} of ${total} ${pluralEn(total, 'lesson', 'lessons')} (${percent}%)`,
    testPassed: ' · test passed',
    noLimit: 'no limit',
    ended: 'ended',
  },
  childPage: {
    metaTitle: "Child's account",
    loginHeading: "Child's sign-in",
    login: 'Login:',
    loginWhere: '. Your child signs in on the page',
    newPassword: "Child's new password",
    classHeading: (year: string) => `Year group in ${year}`,
    byCohort: (birthYear: number) => `By year of birth ${birthYear}:`,
    approvedChange: (className: string) => `Approved change: ${className}.`,
    requestPending: (className: string) => `The request for ${className} is awaiting the team's decision.`,
    requestRejected: 'The last year change request was rejected.',
    sendRequest: 'Send request',
    shiftLabel: 'The terms of service let you ask for one year below or above',
    byCohortOption: ' (by year of birth)',
  },
  cancelPage: {
    metaTitle: 'Cancel package',
    title: (pkg: string, child: string) => `${pkg}: ${child}`,
    paid: (amount: string) => `Paid ${amount}.`,
    withdrawalHeading: 'Withdrawal from the contract (full refund)',
    withdrawalBody: (until: string) =>
      `Until ${until} inclusive (14 days from payment) you can withdraw from the contract without giving a reason. Refund:`,
    withdrawalAfter: ". Your child's access ends immediately.",
    withdraw: 'I withdraw from the contract',
    resignationHeading: 'Cancellation during the year',
    resignationBody: (until: string) =>
      `Cancellation takes effect at the end of the month in which you submit it: your child has access until ${until} inclusive.`,
    refundFormula: (paid: string, months: number) => `Refund for unused months: ${paid} ÷ 10 × ${months} =`,
    refundVia: "We'll send the refund via PayU to the account the payment came from.",
    resign: 'Confirm cancellation',
  },
  packagesPage: {
    metaTitle: 'Packages for children',
    title: (year: string) => `Packages for the school year ${year}`,
    intro: (currency: string) =>
      `Prices per child per school year, in the currency of your country of residence (${currency}). Once paid, the package can't be changed.`,
    addChildFirst: 'First',
    addChildLink: 'add a child',
    childLine: (birthYear: number, classLabel: string) => `Born ${birthYear} · ${classLabel}`,
    paidLocked: "The package for this school year is paid — it can't be changed.",
    ages: (min: number, max: number, hasClasses: boolean) =>
      `Age: ${min}–${max}${hasClasses ? '' : ', not divided into years'}`,
    subjects: (classLabel: string | null) => (classLabel ? `Subjects (${classLabel}):` : 'Subjects:'),
    choose: (pkg: string) => `Choose ${pkg}`,
    forChild: (name: string) => ` for: ${name}`,
    noPackage: 'No package',
    addOns: 'Extras: exams, subjects for the Mini Package, group lessons',
    exams: (fee: string) => `Exams (${fee} per subject; core subjects included in Standard and Premium)`,
    extras: (fee: string) => `Extra subjects for the Mini Package (${fee} each)`,
    noExtras: 'None in this year.',
    lessons: 'Polish lessons in groups of 2–3 (Mini Package)',
    noLessons: 'no lessons',
    lessonsOption: (count: number, price: string) => `${count} ${pluralEn(count, 'lesson', 'lessons')} — ${price}`,
    rateNote: (currency: string, rate: string, date: string) =>
      `Extras are priced in zloty; we convert them into ${currency} at the rate of the day of purchase: PLN ${rate} per 1 ${currency} (rate of ${date}).`,
    noRate: (currency: string) =>
      `Extras are priced in zloty and we convert them into ${currency} at the rate of the day of purchase. Today's rate hasn't been entered yet, so extras can't be ordered today — please try again on the next working day. You can buy packages without extras right now.`,
    recalculate: 'Recalculate price',
    summary: 'Order summary',
    linesCaption: 'Order items',
    colChild: 'Child',
    colItem: 'Item',
    colAmount: 'Amount',
    total: 'Total',
    discountApplies: 'Sibling discount applied. ',
    discountNone: "The sibling discount doesn't apply. ",
    pay: (total: string) => `Order and pay ${total}`,
    payLegend: 'Payment via PayU',
    termsBefore: 'I accept the',
    termsLink: 'package terms of service',
    termsAfter: "; I understand that once paid, the package can't be changed.",
  },
  exams: {
    heading: (year: string) => `Yearly exam ${year}`,
    upcoming: (from: string, to: string) => `Online test on the platform, between ${from} and ${to}.`,
    open: (to: string) => `The exam period is on: online test on the platform, until ${to}.`,
    over: (to: string) => `The exam period ended on ${to}.`,
    included: 'included in the package',
    bought: 'bought as an extra',
    childHeading: 'Your exams',
    none: "This package doesn't include an exam.",
  },
  paidPackage: {
    heading: (name: string) => `Paid: ${name}`,
    subjects: 'Subjects',
  },
  dashboard: {
    heading: 'How learning is going',
    intro: "Your children's progress, upcoming classes and payments — all in one place.",
    tilesLabel: 'Family summary',
    lessonsThisWeek: 'Lessons this week',
    lessonsThisWeekHint: (children: number) =>
      children === 1 ? 'completed by your child' : 'completed by all children together',
    lessonsDone: 'Lessons completed',
    lessonsDoneHint: (total: number) => `of ${total} in your children's courses`,
    nextClass: 'Next class',
    nextClassNone: 'none',
    nextClassNoneHint: 'nothing planned for the coming weeks',
    toPay: 'To pay',
    toPayNone: 'PLN 0',
    toPayNoneHint: 'nothing is waiting for payment',
    overdueHint: (n: number) => `${n} overdue ${pluralEn(n, 'payment', 'payments')} — please pay as soon as possible`,
    nextDueHint: (date: string) => `next due date: ${date}`,
    subjects: 'Progress in subjects',
    subjectsNone: "Your child doesn't have any subjects or courses yet.",
    choosePackage: 'Choose a package',
    testPassed: 'test passed',
    openCourse: (title: string) => `Open course: ${title}`,
    weeksTitle: (name: string) => `Lessons week by week — ${name}`,
    weekColumn: 'Week',
    lessonsColumn: 'Lessons completed',
    weeksSummary: (name: string, weeks: number, total: number, thisWeek: number) =>
      total === 0
        ? `${name} hasn't completed any lessons in the last ${weeks} weeks.`
        : `${name}: ${total} ${pluralEn(total, 'lesson', 'lessons')} in the last ${weeks} weeks, ${thisWeek} this week.`,
    classes: 'Upcoming classes',
    classesNone: 'No classes planned for the coming weeks.',
    allClasses: (name: string) => `All classes: ${name}`,
    online: 'online',
    place: { booked: 'booked', waiting: 'waiting list', group: 'group class' },
    payments: 'Payments',
    paymentsNone: 'Nothing is waiting for payment.',
    dueOn: (date: string) => `due ${date}`,
    overdue: 'overdue',
    pay: 'Pay',
    payAria: (label: string, what: string) => `Pay: ${label} — ${what}`,
  },
};

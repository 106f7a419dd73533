// English catalogue: the language school's sign-up and account activation. Mirrors lib/i18n/pl/language-signup.ts key for key.
import type { Messages } from '../pl';

export const languageSignup: Messages['languageSignup'] = {
  title: 'Sign up for the Polish language course',
  intro: (programme: string) =>
    `${programme}: fill in the form, choose your level and how you want to pay. We create your account straight away and e-mail your sign-in details once your first payment is booked.`,
  back: 'Polish language course',
  noProgramme: 'Sign-up for the Polish language course is closed at the moment.',
  signedIn: (name: string) =>
    `You are signed in as ${name}: you will conclude the contract on your account. Just give your date of birth, level and payment plan.`,
  placementUsed: (cefr: string) => `We suggest level ${cefr} based on your placement test.`,
  placementTest: "Don't know your level? Take the placement test",
  person: 'Your details',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'E-mail',
  emailHint:
    "We'll send the contract confirmation with its documents to this address and, after payment, your login and a link to set your password.",
  phone: 'Phone (optional)',
  birthDate: 'Date of birth',
  birthDateHint: (minAge: number) => `The contract can be concluded by a person aged ${minAge} or over.`,
  level: 'Level',
  levelLabel: 'The level you start from',
  levelOption: (cefr: string, title: string) => (title.includes(cefr) ? title : `${cefr} — ${title}`),
  plan: 'Payment plan',
  plans: {
    MONTHLY: {
      label: (price: string) => `Monthly in advance — ${price} a month`,
      hint: 'You pay for each month in advance; cancel at any time, effective at the end of the paid month.',
    },
    FULL: {
      label: (price: string) => `The whole level in advance — ${price}`,
      hint: 'One payment for the whole level.',
    },
  },
  noMonthly: 'This level can only be paid in full in advance.',
  payMethod: 'How do you want to pay each month?',
  payMethods: {
    CARD: {
      label: 'By card',
      hint: "We'll save your card with the first payment and charge it in the following months.",
    },
    LINK: {
      label: 'By a link in an e-mail',
      hint: "Each month we'll send you a payment link (BLIK, bank transfer, card).",
    },
  },
  consents: 'Contract',
  termsBefore: 'I accept the',
  termsLink: 'terms of service',
  termsAfter: 'and conclude a contract for the course for an indefinite period.',
  withdrawalReceived:
    'I confirm that I have received the information on the right of withdrawal from the contract and the model withdrawal form.',
  withdrawalLinks: 'Information and model form:',
  instructionLink: 'information on the right of withdrawal (PDF, in Polish)',
  formLink: 'model withdrawal form (PDF, in Polish)',
  copyLink: 'English translation',
  withdrawalNote: "We'll also e-mail both documents, together with the terms of service, as PDF files.",
  immediateStart: 'I request that the course start before the 14-day withdrawal period ends (optional).',
  immediateStartNote:
    "Without this request you can use the course straight after payment, and if you withdraw within 14 days we'll refund the whole payment. With the request, if you withdraw you pay in proportion for the part of the course up to the withdrawal.",
  payNote:
    'The contract takes effect once we book your first payment. After clicking you will go to the PayU payment page.',
  submit: 'Conclude the contract with an obligation to pay',
  errors: {
    firstName: 'Enter your first name.',
    lastName: 'Enter your last name.',
    email: 'Enter a valid e-mail address, e.g. jan@example.com.',
    emailTaken:
      'An account with this e-mail address already exists. Sign in (or reset your password) and come back to this page — you will sign up on your account.',
    emailPending:
      'A sign-up that has not been paid is already waiting for this address. Open the payment link from the contract confirmation e-mail or write to the school office.',
    birthDate: 'Enter your date of birth.',
    birthDateFuture: 'The date of birth cannot be in the future.',
    tooYoung: (minAge: number) => `The course contract can be concluded by a person aged ${minAge} or over.`,
    level: 'Choose a level.',
    plan: 'Choose a payment plan available for this level.',
    terms: 'To conclude the contract, accept the terms of service.',
    withdrawal: 'Confirm that you have received the information on the right of withdrawal and the model form.',
    phone: 'Enter the phone number in digits, e.g. +48 600 100 200.',
    alreadyLearner:
      'You are already signed up for this course. You will find the contract details under Contracts on your account.',
  },
  contractFormNumber: (n: string) => `Contract number: ${n}`,
  preview: {
    number: 'assigned once the contract is concluded',
    buyer: 'the person concluding the contract in the sign-up form',
    fileNames: { withdrawalInstruction: 'pouczenie-o-odstapieniu.pdf', withdrawalForm: 'formularz-odstapienia.pdf' },
  },
  instructionOnline: (url: string) =>
    `You may also withdraw from the contract on the contract page (${url}) with the button "Check the terms of ending", then "I confirm ending the contract". If you use this option, we will promptly send you confirmation of receipt of the withdrawal on a durable medium (by e-mail).`,
};

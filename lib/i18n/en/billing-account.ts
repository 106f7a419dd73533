// English catalogue: contracts as the payer sees them (offers, sign-up, the account's contracts).
// Mirrors lib/i18n/pl/billing-account.ts key for key.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

const days = (n: number) => `${n} ${pluralEn(n, 'day', 'days')}`;

export const billingAccount: Messages['billingAccount'] = {
  nav: 'Contracts',
  offersNav: 'Subscriptions',
  offers: {
    title: 'Contracts and subscriptions',
    intro:
      "Courses and classes paid in instalments, monthly or per term of classes. Before you sign, you'll see the full payment schedule.",
    none: 'There are no offers to sign right now.',
    choose: 'See the terms',
    price: (amount: string, per: string) => `${amount} ${per}`,
  },
  per: {
    FULL: 'one-off',
    MONTHLY: 'per month',
    SESSIONS: (n: number) => `for ${n} ${pluralEn(n, 'class', 'classes')}`,
    INSTALMENTS: 'for the whole year (in instalments)',
    PROFORMA: 'per year, by bank transfer',
  },
  planKind: {
    FULL: 'One-off payment',
    MONTHLY: 'Monthly subscription',
    SESSIONS: 'Subscription per term of classes',
    INSTALMENTS: 'Instalments on fixed dates',
    PROFORMA: 'Bank transfer against a pro forma invoice',
  },
  termination: {
    END_OF_PAID_MONTH: 'You can give notice at any time; the contract ends at the end of the paid month.',
    MONTH_NOTICE: 'Notice period: one month, taking effect at the end of the following month; you pay up to that day.',
    NO_REFUND: "The paid period isn't refunded if you cancel; the contract ends when it runs out.",
    PRO_RATA: 'If the contract ends early, we settle in proportion to the period used.',
  },
  dunning: {
    suspend: (n: number) =>
      n <= 1
        ? 'If payment is not made on time, access is suspended from the next day.'
        : `If payment is not made, access is suspended after ${days(n)}.`,
    terminate: (n: number) =>
      n === 0
        ? 'If payment is not made by the start of the period, the contract ends.'
        : `If payment is not made within ${days(n)} of the due date, the contract ends.`,
    voided: (n: number) =>
      n === 0
        ? 'Without payment on time, the contract lapses.'
        : `Without payment within ${days(n)} of the due date, the contract lapses.`,
  },
  signup: {
    title: (offer: string) => `Contract: ${offer}`,
    back: 'All offers',
    schedule: 'Payment schedule',
    scheduleNext: 'Further payments are created each period, with the same due date relative to its start.',
    colWhat: 'For',
    colDue: 'Due',
    colAmount: 'Amount',
    nonRefundable: 'non-refundable',
    total: 'Total',
    who: 'Who will be learning',
    me: (name: string) => `Me (${name})`,
    child: (name: string) => `My child: ${name}`,
    payMethod: 'How you pay each month',
    payMethods: {
      CARD: {
        label: 'Saved card',
        hint: "You make the first payment by card at PayU; we'll take the next ones from it 3 days before the due date.",
      },
      LINK: {
        label: 'Link by e-mail',
        hint: "Before each due date we'll send you a payment link; you pay yourself, with any PayU method.",
      },
    },
    discounts: 'Discounts',
    discountsIntro: 'We check declared discounts (siblings, referral); until then we apply them provisionally.',
    code: 'Discount code',
    sibling: 'Sibling learning with us (full name)',
    siblingHint: "Family discount for the second and further child; we'll check it.",
    referral: 'E-mail of the person who referred you',
    referralHint: "You'll both get the discount once we've checked it.",
    continuation: 'Continuation offer: the learner attended last year and everything is paid',
    continuationHint: "Can't be combined with other discounts; we'll check last year's contract.",
    consents: 'Consents',
    termsBefore: 'I accept the',
    termsLink: 'terms of service',
    termsAfter: 'and the payment terms described above.',
    termsMissing: 'To conclude the contract, please accept the terms of service.',
    immediateStart: 'I request that the service begin before the 14-day withdrawal period ends.',
    immediateStartNote:
      "If you withdraw within 14 days, you pay only for what has already been provided (Art. 35 of the Consumer Rights Act); with digital content you lose the right of withdrawal once it is made available (Art. 38(13)). Without this consent we'll start after 14 days.",
    submit: 'Conclude the contract with an obligation to pay',
    signIn: 'To conclude a contract, sign in or create an account.',
    signInLink: 'Sign in',
    cannotBuy:
      "This account can't conclude contracts. A contract for a child is concluded by the parent from their own account.",
    whoInvalid: 'Choose who will be learning.',
    transferNote: "After concluding the contract you'll get a pro forma invoice to pay by bank transfer.",
    payNote: "After concluding the contract you'll go on to pay the first instalment at PayU.",
  },
  list: {
    title: 'My contracts',
    intro: 'Your contracts with their payment schedule. Pay an overdue payment with one click.',
    none: "You don't have any contracts yet.",
    offersLink: 'See offers',
    colNumber: 'Contract',
    colWho: 'Learner',
    colState: 'Status',
    colNext: 'Next payment',
    nothingDue: 'nothing to pay',
    next: (amount: string, date: string) => `${amount} by ${date}`,
    overdue: (amount: string, n: number) => `${amount}, ${days(n)} overdue`,
  },
  status: {
    PENDING: 'Awaiting first payment',
    ACTIVE: 'Active',
    SUSPENDED: 'Suspended',
    ENDED: 'Ended',
    VOID: 'Void',
  },
  explain: {
    pending: (date: string) => `Contract concluded ${date}. Access opens once the first payment is made.`,
    pendingTransfer: (date: string) =>
      'Pay by bank transfer against the pro forma invoice by ' +
      `${date}. Without payment on time the contract lapses and access won't open.`,
    active: 'Access is active.',
    paidThrough: (date: string) => `Paid up to and including ${date}.`,
    ending: (date: string) => `Notice given — the contract ends ${date}; access remains until then.`,
    suspended: (date: string) => `Access suspended since ${date} — pay to restore it.`,
    suspendedTerminate: (date: string) => `Without payment the contract lapses on ${date}.`,
    ended: (date: string) => `Contract ended ${date}.`,
    endedRunning: (date: string) => `Notice given; access until ${date} inclusive.`,
    void: "The contract didn't take effect: the first payment wasn't received on time.",
  },
  endReason: {
    unpaid: 'non-payment',
    'payer-notice': 'notice given',
    staff: 'terminated by us',
    'run-out': 'end of term',
    'void-deadline': 'no payment on time',
  },
  detail: {
    title: (number: string) => `Contract ${number}`,
    back: 'My contracts',
    offer: 'Product',
    who: 'Learner',
    signed: 'Concluded',
    plan: 'Payment plan',
    payMethod: 'Payment method',
    card: (label: string) => `card ${label}`,
    payMethods: {
      LINK: 'link by e-mail',
      CARD: 'saved card',
      TRANSFER: 'bank transfer (pro forma)',
      DESK: "at the centre's front desk (cash or card)",
    },
    schedule: 'Payment schedule',
    colWhat: 'For',
    colDue: 'Due',
    colAmount: 'Amount',
    colState: 'Status',
    colDocs: 'Documents',
    discount: (amount: string) => `incl. a discount of ${amount}`,
    paid: (date: string) => `Paid ${date}`,
    due: 'To pay',
    dueToday: 'Due today',
    overdue: (n: number) => `${days(n)} overdue`,
    cancelled: 'Cancelled',
    payNow: 'Pay now',
    invoice: 'Invoice',
    proforma: (number: string) => `Pro forma ${number}`,
    discounts: 'Discounts',
    discountStatus: {
      PENDING: 'awaiting check',
      ACCEPTED: 'granted',
      REJECTED: 'rejected',
      DROPPED: 'lost',
    },
    discountType: {
      CODE: (code: string) => `Code ${code}`,
      SIBLING: 'Family discount',
      REFERRAL: 'Referral discount',
      CONTINUATION: 'Continuation offer',
      SCHOOL: 'School discount',
    },
    signedNotice: "Contract concluded. We've e-mailed you a confirmation.",
    transferNotice:
      'Contract concluded. Pay by bank transfer against the pro forma invoice below; use its number as the transfer reference.',
    bank: 'The transfer details are on the pro forma invoice.',
  },
  end: {
    title: 'End the contract',
    intro: "First we'll show when the contract will end and how we'll settle up; nothing changes until you confirm.",
    preview: 'Check the terms of ending',
    confirmHeading: 'This is how the contract will end',
    endsOn: (date: string) => `The contract will end on ${date}; access remains until then.`,
    refund: (amount: string) => `We'll refund ${amount} (within 14 days, by the same payment method).`,
    owed: (amount: string) => `${amount} will remain to be paid.`,
    nothing: "We won't refund anything and there will be nothing more to pay.",
    confirm: 'Confirm ending the contract',
    back: 'Back',
    done: "Notice received. We've e-mailed you a confirmation.",
    kindWithdrawal: (lastDay: string) =>
      `You're within the 14-day withdrawal period (until ${lastDay} inclusive): the contract ends immediately, without giving a reason (Art. 27 of the Consumer Rights Act).`,
    kindWithdrawalEarly:
      'You requested that the service begin before this period ended, so you pay for the part provided up to today (Art. 35); we refund the rest.',
    kindNotice: 'This is notice of termination: it takes effect at the end of the period you have paid for.',
    linesHeading: 'Settlement',
    doneWithdrawal: "Withdrawal from the contract received. We've e-mailed you a confirmation.",
  },
};

// The payment plans products sign on: how the charges are laid out and the dunning policy
// (offsets in days from a charge's due date), copied into the Contract at signing so a later
// change of a plan never alters a signed contract. Dunning is data, not code paths (issue 19).
import type { BillingPayMethod, BillingPlanKind, BillingTermination } from '@/lib/db/generated/enums';

export type InstalmentLayout =
  /** S3: the whole amount within 5 business days of signing. */
  | 'one'
  /** S4: half within 5 business days, the rest by 10 February. */
  | 'half'
  /** S5: ten equal parts, the first within 5 business days, the rest by the 10th of Oct…Jun. */
  | 'ten'
  /** Family packages: half at signing, the rest by 10 February. */
  | 'two-at-signing';

export type PlanPolicy = {
  code: string;
  kind: BillingPlanKind;
  termination: BillingTermination;
  payMethod: BillingPayMethod;
  reminderOffsets: number[];
  suspendOffset: number | null;
  demandOffset: number | null;
  noticeOffset: number | null;
  terminateOffset: number | null;
  voidOffset: number | null;
  /** SESSIONS: sessions per period (Live: 4, L1). */
  periodSessions?: number;
  instalments?: InstalmentLayout;
  /** PROFORMA: days from signing to the pro-forma's deadline (A9). */
  proformaDays?: number;
  /** S6: the centre's non-refundable starter pack on the first charge's date. */
  starterPack?: boolean;
  /** FULL: months the one payment covers when the offer's course does not say. */
  termMonths?: number;
  /** A consumer contract: the 14-day statutory withdrawal applies (art. 27, 32, 35). A school's licence is B2B. */
  consumer: boolean;
};

/** S6: "Pakiet Kursanta" 169 zł, 100 zł for those joining after 31 January. */
export const STARTER_PACK = { amount: 16_900, lateAmount: 10_000 } as const;

/** Days a consumer has to withdraw from a contract concluded at a distance (art. 27 ustawy o prawach konsumenta). */
export const WITHDRAWAL_DAYS = 14;

/** S13: a shortfall on termination is due within 7 days; L7: a top-up too. */
export const SETTLEMENT_DUE_DAYS = 7;

const centre = {
  kind: 'INSTALMENTS',
  termination: 'MONTH_NOTICE',
  payMethod: 'LINK',
  // S8, S12: demand at +7 with 7 days to pay, termination notice at +14 with 7 days' notice.
  reminderOffsets: [-2, 0],
  suspendOffset: null,
  demandOffset: 7,
  noticeOffset: 14,
  terminateOffset: 21,
  voidOffset: 21,
  starterPack: true,
  consumer: true,
} as const satisfies Omit<PlanPolicy, 'code' | 'instalments'>;

export const PLANS = {
  // razem B5, B8–B10: monthly in advance by card; suspended the day after the due date,
  // terminated 2 weeks after it. A first month never paid voids the sign-up after 14 days.
  'razem-monthly': {
    code: 'razem-monthly',
    kind: 'MONTHLY',
    termination: 'END_OF_PAID_MONTH',
    payMethod: 'CARD',
    reminderOffsets: [-3, -1, 0, 3, 7, 12],
    suspendOffset: 1,
    demandOffset: null,
    noticeOffset: null,
    terminateOffset: 14,
    voidOffset: 14,
    consumer: true,
  },
  // razem B5: the whole course up front (§3.2); the course's access months say how long.
  'razem-full': {
    code: 'razem-full',
    kind: 'FULL',
    termination: 'END_OF_PAID_MONTH',
    payMethod: 'LINK',
    reminderOffsets: [0],
    suspendOffset: null,
    demandOffset: null,
    noticeOffset: null,
    terminateOffset: null,
    voidOffset: 14,
    termMonths: 12,
    consumer: true,
  },
  // matplaneta Live L1, L5, L6, L10: periods of 4 classes; the next period's link goes out when
  // the 3rd class ends, a reminder the day before, unpaid at its first class ends the contract.
  'live-4': {
    code: 'live-4',
    kind: 'SESSIONS',
    termination: 'NO_REFUND',
    payMethod: 'LINK',
    reminderOffsets: [-1],
    suspendOffset: null,
    demandOffset: null,
    noticeOffset: null,
    terminateOffset: 0,
    voidOffset: 7,
    periodSessions: 4,
    consumer: true,
  },
  'centre-annual': { code: 'centre-annual', ...centre, instalments: 'one' },
  'centre-half': { code: 'centre-half', ...centre, instalments: 'half' },
  'centre-ten': { code: 'centre-ten', ...centre, instalments: 'ten' },
  // Licence A5–A9, A16: a pro-forma paid by transfer within 14 days, else the order is void.
  'licence-proforma': {
    code: 'licence-proforma',
    kind: 'PROFORMA',
    termination: 'PRO_RATA',
    payMethod: 'TRANSFER',
    reminderOffsets: [-3],
    suspendOffset: null,
    demandOffset: null,
    noticeOffset: null,
    terminateOffset: null,
    voidOffset: 1,
    proformaDays: 14,
    consumer: false,
  },
  // Family yearly packages in instalments: polonijka §5.1; no refund on resignation with
  // instalments (§7.6), so the termination is NO_REFUND (not PRO_RATA).
  'family-instalments': {
    code: 'family-instalments',
    kind: 'INSTALMENTS',
    termination: 'NO_REFUND',
    payMethod: 'LINK',
    reminderOffsets: [-3, 0, 7],
    suspendOffset: 14,
    demandOffset: null,
    noticeOffset: null,
    terminateOffset: 30,
    voidOffset: 14,
    instalments: 'two-at-signing',
    consumer: true,
  },
} as const satisfies Record<string, PlanPolicy>;

export type PlanCode = keyof typeof PLANS;

export const isPlanCode = (code: string): code is PlanCode => Object.hasOwn(PLANS, code);

/** The plan's policy; an unknown code is a programming error (offers are created with a known one). */
export function planPolicy(code: string): PlanPolicy {
  if (!isPlanCode(code)) throw new Error(`Unknown billing plan: ${code}`);
  return PLANS[code];
}

/** The dunning columns of a Contract, as copied at signing. */
export function contractPolicyColumns(p: PlanPolicy) {
  return {
    planKind: p.kind,
    planCode: p.code,
    termination: p.termination,
    reminderOffsets: [...p.reminderOffsets],
    suspendOffset: p.suspendOffset,
    demandOffset: p.demandOffset,
    noticeOffset: p.noticeOffset,
    terminateOffset: p.terminateOffset,
    voidOffset: p.voidOffset,
  };
}

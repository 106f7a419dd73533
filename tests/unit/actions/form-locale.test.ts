// A server action's own schema refuses beside the field in the reader's language: the action is
// called as a form would call it (the request and the session stood in for), with the fields empty,
// and stops at the schema, before any service runs.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { messages, type Messages } from '@/lib/i18n';
import type { ActionState } from '@/lib/actions/action';
import { bookTransferAction } from '@/lib/actions/billing/book-transfer';
import { recordTransferRefundAction } from '@/lib/actions/billing/record-transfer-refund';
import { signContractAction } from '@/lib/actions/billing/sign-contract';
import { bookDeskPaymentAction } from '@/lib/actions/centres/desk';
import { cancelGroupAction } from '@/lib/actions/centres/cancel-group';
import { requestCentreMakeUpAction } from '@/lib/actions/centres/parent/make-up';
import { addGroupMember } from '@/lib/actions/live/staff-group';
import { bookLiveMakeUp } from '@/lib/actions/live/learner-booking';
import { orderLiveCourseAction } from '@/lib/actions/live-maths/order';
import { refundOrder } from '@/lib/actions/checkout/refund-order';
import { acceptAgreement } from '@/lib/actions/groups/accept-agreement';

const request = vi.hoisted(() => ({ locale: 'en' }));

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ origin: 'http://planeta.test' }),
  cookies: async () => ({ get: () => undefined }),
}));
// The site's origin comes from the configuration, which unit tests do not load.
vi.mock('@/lib/http/route', async (original) => ({
  ...(await original<typeof import('@/lib/http/route')>()),
  foreignOrigin: (origin: string | null) => origin !== 'http://planeta.test',
}));
vi.mock('@/lib/auth/session', () => ({
  currentUser: async () => ({
    id: 'u1',
    email: 'ola@example.pl',
    login: null,
    firstName: 'Ola',
    lastName: 'Nowak',
    roles: ['ADMINISTRATOR', 'PARENT', 'LEARNER', 'B2B_ADMIN'],
    locale: request.locale,
  }),
  currentSession: async () => null,
}));

type Action = (prev: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>;
const CASES: [string, Action, Record<string, string>, string, (m: Messages) => string][] = [
  [
    'booking a transfer',
    bookTransferAction as Action,
    { number: 'x' },
    'chargeId',
    (m) => m.billingPanel.actions.chargeMissing,
  ],
  [
    'recording a transfer refund',
    recordTransferRefundAction as Action,
    { amount: '0' },
    'amount',
    (m) => m.billingPanel.actions.wrongAmount,
  ],
  [
    'signing a contract',
    signContractAction as Action,
    { slug: 's', who: 'me' },
    'terms',
    (m) => m.billingAccount.signup.termsMissing,
  ],
  ['a desk payment', bookDeskPaymentAction as Action, {}, 'chargeId', (m) => m.centresDesk.errors.chargeMissing],
  [
    'cancelling a centre group',
    cancelGroupAction as Action,
    { centreGroupId: 'g', reason: 'r' },
    'confirm',
    (m) => m.centresDesk.cancel.confirmMissing,
  ],
  [
    'a centre make-up',
    requestCentreMakeUpAction as Action,
    { childId: 'c' },
    'sessionId',
    (m) => m.centresParent.makeUp.pick,
  ],
  [
    'a live group member',
    addGroupMember as Action,
    { groupId: 'g', person: ' ' },
    'person',
    (m) => m.livePanel.form.required,
  ],
  ['a live make-up', bookLiveMakeUp as Action, { learnerId: 'l' }, 'missedSessionId', (m) => m.liveLearner.pickSession],
  [
    'a live maths order',
    orderLiveCourseAction as Action,
    { slug: 's', child: 'new' },
    'terms',
    (m) => m.liveMaths.errors.termsMissing,
  ],
  ['a refund', refundOrder as Action, { orderId: 'o', amount: 'x' }, 'amount', (m) => m.checkout.fields.refundAmount],
  [
    'accepting an agreement',
    acceptAgreement as Action,
    { groupId: 'g', signerName: 'A' },
    'signerName',
    (m) => m.groups.esign.nameRequired,
  ],
];

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("the actions' own schemas", () => {
  beforeEach(() => {
    request.locale = 'en';
  });

  it.each(CASES)(
    '%s: the refusal beside the field is in the reader’s language',
    async (_n, action, fields, field, text) => {
      expect(text(messages('en'))).not.toBe(text(messages('pl')));
      const en = await action(null, form(fields));
      expect(en).toMatchObject({ ok: false, error: messages('en').errors.checkFields });
      expect(en && !en.ok && en.fieldErrors?.[field]).toBe(text(messages('en')));
      request.locale = 'pl';
      const pl = await action(null, form(fields));
      expect(pl && !pl.ok && pl.fieldErrors?.[field]).toBe(text(messages('pl')));
    },
  );
});

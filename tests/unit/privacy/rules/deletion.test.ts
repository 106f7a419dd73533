// The deletion's table: what happens to each kind of record and on what basis a kept one stays,
// and what stops a deletion now.
import { describe, expect, it } from 'vitest';
import {
  deletionRefusals,
  KEEP_PERIOD,
  ruleFor,
  shortIdOf,
  type DeletionFacts,
  type RecordFacts,
} from '@/lib/privacy/rules/deletion';
import { messages } from '@/lib/i18n';

describe('ruleFor', () => {
  it.each<[RecordFacts, string, string | undefined]>([
    [{ type: 'profile' }, 'anonymise', undefined],
    [{ type: 'credentials' }, 'anonymise', undefined],
    [{ type: 'contact' }, 'anonymise', undefined],
    [{ type: 'session' }, 'delete', undefined],
    [{ type: 'token' }, 'delete', undefined],
    [{ type: 'cart' }, 'delete', undefined],
    [{ type: 'order', hasPaymentOrInvoice: true }, 'keep', 'tax'],
    [{ type: 'order', hasPaymentOrInvoice: false }, 'delete', undefined],
    [{ type: 'invoice' }, 'keep', 'tax'],
    [{ type: 'payment' }, 'keep', 'tax'],
    [{ type: 'enrolment', hasCertificate: true }, 'anonymise', 'certificate'],
    [{ type: 'enrolment', hasCertificate: false }, 'delete', undefined],
    [{ type: 'lessonProgress' }, 'delete', undefined],
    [{ type: 'testAttempt' }, 'delete', undefined],
    [{ type: 'certificate' }, 'keep', 'certificate'],
    [{ type: 'child', hasPaidPackage: true }, 'anonymise', 'familyContract'],
    [{ type: 'child', hasPaidPackage: false }, 'delete', undefined],
    [{ type: 'familyTrial' }, 'delete', undefined],
    [{ type: 'groupMembership' }, 'anonymise', 'claims'],
    [{ type: 'groupAdmin' }, 'delete', undefined],
    [{ type: 'ownedGroup' }, 'keep', 'tax'],
    [{ type: 'contactMessage' }, 'delete', undefined],
    [{ type: 'officeMessage' }, 'delete', undefined],
    [{ type: 'complaint' }, 'keep', 'complaint'],
    [{ type: 'email' }, 'anonymise', 'proofOfSending'],
    [{ type: 'queuedEmail' }, 'delete', undefined],
    [{ type: 'dataExport' }, 'delete', undefined],
    [{ type: 'privacyRequest' }, 'keep', 'accountability'],
    [{ type: 'loginThrottle' }, 'delete', undefined],
  ])('%o → %s (%s)', (facts, action, basis) => {
    expect(ruleFor(facts)).toEqual(basis ? { action, basis } : { action });
  });

  it('gives every basis of a kept record a period and a text the confirmation e-mail can show', () => {
    const bases = messages().privacy.delete.bases;
    for (const basis of Object.keys(KEEP_PERIOD)) expect(bases[basis as keyof typeof bases]).toBeTruthy();
    expect(KEEP_PERIOD.tax).toEqual({ years: 5, from: 'yearEnd' });
  });
});

const none: DeletionFacts = {
  staff: false,
  pendingPayments: 0,
  refundsInProgress: 0,
  soleAdminGroups: [],
  participantOf: [],
  activeChildPackages: [],
};

describe('deletionRefusals', () => {
  it.each<[string, Partial<DeletionFacts>, string[]]>([
    ['nothing in the way', {}, []],
    ['a member of staff', { staff: true }, ['privacy.delete.refused.staff']],
    ['a payment pending', { pendingPayments: 1 }, ['privacy.delete.refused.pendingPayment']],
    ['a refund in progress', { refundsInProgress: 2 }, ['privacy.delete.refused.refundInProgress']],
    [
      'the only admin of an active group',
      { soleAdminGroups: [{ id: 'g', companyName: 'Firma' }] },
      ['privacy.delete.refused.soleGroupAdmin'],
    ],
    [
      'a participant of an active group',
      { participantOf: [{ companyName: 'Firma' }] },
      ['privacy.delete.refused.groupParticipant'],
    ],
    [
      'a child package running',
      { activeChildPackages: [{ childName: 'Ola', endsAt: null }] },
      ['privacy.delete.refused.activeChildPackage'],
    ],
    [
      'several at once, in a fixed order',
      { refundsInProgress: 1, pendingPayments: 1 },
      ['privacy.delete.refused.pendingPayment', 'privacy.delete.refused.refundInProgress'],
    ],
  ])('%s', (_name, facts, reasons) => {
    expect(deletionRefusals({ ...none, ...facts }).map((r) => r.reason)).toEqual(reasons);
  });

  it('names each company once for a participant of two of its groups', () => {
    const [r] = deletionRefusals({ ...none, participantOf: [{ companyName: 'A' }, { companyName: 'A' }] });
    expect(r).toEqual({ reason: 'privacy.delete.refused.groupParticipant', companies: ['A'] });
  });
});

describe('shortIdOf', () => {
  it('is the last six characters of the id, upper-case, the same every time', () => {
    expect(shortIdOf('cmabc123xyz789')).toBe('XYZ789');
    expect(shortIdOf('cmabc123xyz789')).toBe(shortIdOf('cmabc123xyz789'));
  });
});

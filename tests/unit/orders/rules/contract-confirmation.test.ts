import { describe, expect, it } from 'vitest';
import {
  contractConfirmation,
  contractItemKind,
  itemConfirmation,
  type ConfirmationItem,
} from '@/lib/orders/rules/contract-confirmation';

const item = (kind: ConfirmationItem['kind'], buyerType: ConfirmationItem['buyerType'], consent: boolean) => ({
  kind,
  buyerType,
  consent,
});

describe('the documents confirming one order item', () => {
  it.each([
    // kind, buyer, consent → statement, documents
    ['course', 'PERSON', true, 'rightLost', ['terms', 'earlyStart']],
    ['course', 'PERSON', false, 'withdrawalRight', ['terms', 'withdrawalInstruction', 'withdrawalForm']],
    ['group', 'PERSON', true, 'rightLost', ['terms', 'earlyStart']],
    ['group', 'PERSON', false, 'withdrawalRight', ['terms', 'withdrawalInstruction', 'withdrawalForm']],
    ['service', 'PERSON', true, 'serviceProRata', ['terms', 'earlyStart', 'withdrawalInstruction', 'withdrawalForm']],
    ['service', 'PERSON', false, 'withdrawalRight', ['terms', 'withdrawalInstruction', 'withdrawalForm']],
    ['family', 'PERSON', true, 'familyProcedure', ['terms', 'withdrawalInstruction', 'withdrawalForm']],
    ['family', 'PERSON', false, 'familyProcedure', ['terms', 'withdrawalInstruction', 'withdrawalForm']],
    ['course', 'COMPANY', false, 'business', ['terms']],
    ['group', 'COMPANY', false, 'business', ['terms']],
    ['service', 'COMPANY', true, 'business', ['terms']],
  ] as const)('%s bought by %s with consent %s: %s', (kind, buyer, consent, statement, documents) => {
    expect(itemConfirmation(item(kind, buyer, consent))).toEqual({ statement, documents });
  });
});

describe('the documents confirming an order', () => {
  it('always starts with the terms, even for an order with no items', () => {
    expect(contractConfirmation([]).documents).toEqual(['terms']);
  });

  it('joins what each item needs, each document once and in the fixed order', () => {
    const c = contractConfirmation([item('course', 'PERSON', true), item('service', 'PERSON', true)]);
    expect(c.documents).toEqual(['terms', 'earlyStart', 'withdrawalInstruction', 'withdrawalForm']);
    expect(c.statements).toEqual(['rightLost', 'serviceProRata']);
  });

  it('gives a family order with a course bought on the early-start request the kit for the packages', () => {
    const c = contractConfirmation([item('family', 'PERSON', true), item('course', 'PERSON', true)]);
    expect(c.documents).toEqual(['terms', 'earlyStart', 'withdrawalInstruction', 'withdrawalForm']);
    expect(c.statements).toEqual(['familyProcedure', 'rightLost']);
  });

  it('gives a consumer who did not ask for an early start the kit and no early-start confirmation', () => {
    const c = contractConfirmation([item('course', 'PERSON', false), item('course', 'PERSON', false)]);
    expect(c.documents).toEqual(['terms', 'withdrawalInstruction', 'withdrawalForm']);
    expect(c.statements).toEqual(['withdrawalRight']);
  });
});

describe('an order item row as a legal kind', () => {
  it.each([
    [{ kind: 'FAMILY_PACKAGE', seats: 1 }, 'family'],
    [{ kind: null, seats: 30 }, 'group'],
    [{ kind: null, seats: 1 }, 'course'],
  ] as const)('%o is a %s', (row, kind) => {
    expect(contractItemKind(row)).toBe(kind);
  });
});

// The "Uczestnicy i dostęp" model: each person's state and the counts the bulk buttons act on.
import { describe, expect, it } from 'vitest';
import { peopleModel } from '@/lib/groups/people/people-page';

const at = new Date('2026-12-01T10:00:00Z');
const person = (
  id: string,
  o: { email?: string; loggedIn?: boolean; invited?: boolean; deactivated?: boolean; certificate?: string } = {},
) => ({
  id,
  deactivatedAt: o.deactivated ? at : null,
  credentialsSentAt: o.invited ? at : null,
  user: {
    firstName: 'Ewa',
    lastName: id,
    login: `ewa.${id}`,
    email: o.email ?? null,
    lastLoginAt: o.loggedIn ? at : null,
    enrolments: [{ certificate: o.certificate ? { number: o.certificate } : null }],
  },
});

describe('people model', () => {
  it.each([
    ['never logged in', person('a'), 'never'],
    ['logged in', person('b', { loggedIn: true }), 'active'],
    ['deactivated after logging in', person('c', { loggedIn: true, deactivated: true }), 'deactivated'],
  ])('%s → %s', (_, p, state) => {
    expect(peopleModel('g', [p], [], 'key').people[0].state).toBe(state);
  });

  it('counts who gets an invitation, a reminder or a slip, and the certificates', () => {
    const m = peopleModel(
      'g',
      [
        person('a', { email: 'a@x.pl' }),
        person('b', { email: 'b@x.pl', invited: true }),
        person('c'),
        person('d', { email: 'd@x.pl', loggedIn: true, certificate: 'PL-1' }),
        person('e', { email: 'e@x.pl', invited: true, deactivated: true }),
      ],
      [{ name: 'Anna Firmowa', email: 'anna@x.pl' }],
      'key',
    );
    expect(m.counts).toEqual({ notLoggedIn: 3, toInvite: 1, toRemind: 1, withoutEmail: 1, certificates: 1 });
    expect(m.people[3]).toMatchObject({ certificateNumber: 'PL-1', login: 'ewa.d' });
    expect(m.people[1].invitedAt).not.toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/db/generated/enums';
import { dashboardAccess } from '@/lib/panel/dashboard/access';
import type { QueueName } from '@/lib/panel/dashboard/queues';

const shown = (roles: Role[]) => {
  const a = dashboardAccess({ id: 'u1', roles });
  const queues = (Object.keys(a.queues) as QueueName[]).filter((q) => a.queues[q]);
  return { money: a.money, contracts: a.contracts, occupancy: a.occupancy?.kind ?? null, queues };
};

describe('each block of the staff home is for the roles that open the page it summarises', () => {
  it.each<[Role[], ReturnType<typeof shown>]>([
    [
      ['ADMINISTRATOR'],
      {
        money: true,
        contracts: true,
        occupancy: 'all',
        queues: [
          'agreements',
          'reports',
          'complaints',
          'discounts',
          'classChanges',
          'ksefRejected',
          'mailFailing',
          'accounts',
          'courses',
        ],
      },
    ],
    [['ACCOUNTING'], { money: true, contracts: true, occupancy: 'centres', queues: ['discounts', 'ksefRejected'] }],
    [
      ['SUPPORT'],
      {
        money: false,
        contracts: true,
        occupancy: 'centres',
        queues: ['agreements', 'reports', 'complaints', 'classChanges', 'mailFailing', 'accounts'],
      },
    ],
    [['CONTENT'], { money: false, contracts: false, occupancy: null, queues: ['courses'] }],
    [['TEACHER'], { money: false, contracts: false, occupancy: 'own', queues: [] }],
    [['LEARNER'], { money: false, contracts: false, occupancy: null, queues: [] }],
  ])('%o sees %o', (roles, expected) => {
    expect(shown(roles)).toEqual(expected);
  });

  it("a teacher's occupancy is their own groups'", () => {
    expect(dashboardAccess({ id: 't1', roles: ['TEACHER'] }).occupancy).toEqual({ kind: 'own', teacherId: 't1' });
  });
});

// What the staff panel reads about centres: the places with their continuation terms, the
// programmes, a school year's groups with seats taken, and one group with its enrolled children.
import { db } from '@/lib/db/client';
import type { ContractStatus } from '@/lib/db/generated/enums';
import { centreGroupFacts } from '@/lib/centres/groups/facts';

/** A child is enrolled while the contract is pending its first payment, in force or suspended. */
export const ENROLLED: ContractStatus[] = ['PENDING', 'ACTIVE', 'SUSPENDED'];

export function panelCentres() {
  return db().centre.findMany({
    orderBy: [{ active: 'desc' }, { city: 'asc' }, { name: 'asc' }],
    include: { _count: { select: { groups: true } } },
  });
}

export function panelProgrammes() {
  return db().centreProgramme.findMany({
    orderBy: [{ active: 'desc' }, { subject: 'asc' }, { minAge: 'asc' }, { name: 'asc' }],
    include: { _count: { select: { groups: true } } },
  });
}

export const panelCentre = (id: string) => db().centre.findUnique({ where: { id } });
export const panelProgramme = (id: string) => db().centreProgramme.findUnique({ where: { id } });

/** Children enrolled per live group (contracts on the group's offers). */
async function enrolledByLiveGroup(liveGroupIds: string[]): Promise<Map<string, number>> {
  const rows = await db().contract.findMany({
    where: { status: { in: ENROLLED }, offer: { product: 'centre', liveGroupId: { in: liveGroupIds } } },
    select: { offer: { select: { liveGroupId: true } } },
  });
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.offer.liveGroupId!, (counts.get(r.offer.liveGroupId!) ?? 0) + 1);
  return counts;
}

export async function panelGroups(filter: { year?: number; centreId?: string }) {
  const groups = await db().centreGroup.findMany({
    where: { ...(filter.year && { schoolYear: filter.year }), ...(filter.centreId && { centreId: filter.centreId }) },
    orderBy: [{ schoolYear: 'desc' }, { centre: { city: 'asc' } }, { liveGroup: { weekday: 'asc' } }],
    select: {
      id: true,
      schoolYear: true,
      classes: true,
      liveGroupId: true,
      centre: { select: { id: true, name: true, city: true } },
      programme: { select: { name: true, minAge: true, maxAge: true } },
      liveGroup: {
        select: {
          weekday: true,
          startTime: true,
          capacity: true,
          minParticipants: true,
          cancelledAt: true,
          teacher: { select: { firstName: true, lastName: true } },
        },
      },
    },
  });
  const enrolled = await enrolledByLiveGroup(groups.map((g) => g.liveGroupId));
  return groups.map((g) => ({ ...g, enrolled: enrolled.get(g.liveGroupId) ?? 0 }));
}
export type PanelGroupRow = Awaited<ReturnType<typeof panelGroups>>[number];

/** The school years groups exist for, newest first. */
export async function groupYears(): Promise<number[]> {
  const rows = await db().centreGroup.findMany({ distinct: ['schoolYear'], select: { schoolYear: true } });
  return rows.map((r) => r.schoolYear).sort((a, b) => b - a);
}

/** The group form's choices: active centres (with their kind for the class count), programmes, teachers. */
export async function groupFormChoices() {
  const [centres, programmes, teachers] = await Promise.all([
    db().centre.findMany({
      where: { active: true },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, kind: true },
    }),
    db().centreProgramme.findMany({
      where: { active: true },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, minAge: true, maxAge: true },
    }),
    db().user.findMany({
      where: { roles: { has: 'TEACHER' }, blockedAt: null, deletedAt: null },
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
      select: { id: true, firstName: true, lastName: true },
    }),
  ]);
  return { centres, programmes, teachers };
}

/** One group for staff: its facts and every contract on its offers, enrolled first. */
export async function panelGroup(centreGroupId: string) {
  const facts = await centreGroupFacts(centreGroupId);
  if (!facts) return null;
  const contracts = await db().contract.findMany({
    where: { offer: { product: 'centre', liveGroupId: facts.liveGroupId } },
    orderBy: [{ signedAt: 'asc' }],
    select: {
      id: true,
      number: true,
      status: true,
      payMethod: true,
      currency: true,
      offer: { select: { planCode: true } },
      beneficiary: {
        select: { firstName: true, lastName: true, childProfile: { select: { birthDate: true, birthYear: true } } },
      },
      payer: { select: { firstName: true, lastName: true, email: true, phone: true } },
      charges: {
        where: { status: { not: 'CANCELLED' } },
        orderBy: { seq: 'asc' },
        select: { status: true, amount: true, discount: true, dueDate: true, paidAt: true },
      },
    },
  });
  const enrolled = contracts.filter((c) => ENROLLED.includes(c.status));
  const others = contracts.filter((c) => !ENROLLED.includes(c.status));
  return { facts, enrolled, others };
}
export type PanelGroup = NonNullable<Awaited<ReturnType<typeof panelGroup>>>;
export type PanelEnrolment = PanelGroup['enrolled'][number];

// Staff open a school year's group in a centre (S1): the live group with exactly `classes` weekly
// sessions (holidays and school breaks skipped, so the last day follows from the count), the
// CentreGroup with its prices, and its three offers (yearly, half-yearly, ten instalments) — one
// transaction, refused whole with the reason beside the field.
import { currentTime } from '@/lib/clock/clock';
import type { Tx } from '@/lib/db/client';
import { UserError, type FieldCodes } from '@/lib/errors';
import { messages, type MessageCode } from '@/lib/i18n';
import { recordAudit } from '@/lib/audit';
import { actorWith } from '@/lib/staff/authority';
import { planPolicy } from '@/lib/billing/rules/plans';
import { schoolBreaks, writeLiveGroup } from '@/lib/live/groups/create';
import { liveTransaction } from '@/lib/live/tx';
import type { WeeklySchedule } from '@/lib/live/rules/schedule';
import { firstDayInYear, MAX_CLASSES, scheduleForClasses } from './classes';

export type NewCentreGroup = {
  centreId: string;
  programmeId: string;
  schoolYear: number;
  teacherId: string;
  weekday: WeeklySchedule['weekday'];
  startTime: string;
  durationMinutes: number;
  breakMinutes: number;
  firstDay: string; // 'YYYY-MM-DD'
  classes: number;
  capacity: number;
  minParticipants?: number;
  priceAnnual: number; // grosze for the year on each plan
  priceHalf: number;
  priceTen: number;
  starterPack: boolean;
};

export const CENTRE_MIN_PARTICIPANTS = 6;
export const CENTRE_MAX_CAPACITY = 12;

/** The three plans a centre group is sold on, with their offer slug suffix (data contract). */
export const CENTRE_PLANS = [
  { planCode: 'centre-annual', suffix: 'rok', price: 'priceAnnual' },
  { planCode: 'centre-half', suffix: 'polrocze', price: 'priceHalf' },
  { planCode: 'centre-ten', suffix: 'raty', price: 'priceTen' },
] as const;

export const centreOfferSlug = (centreGroupId: string, suffix: string) => `centrum-${centreGroupId}-${suffix}`;

/** Address shown as the live group's place: "<street>, <postalCode> <city>". */
export const centrePlace = (c: { street: string; postalCode: string; city: string }) =>
  `${c.street}, ${c.postalCode} ${c.city}`;

/** "Fermat I — Centrum Mokotów, wtorek 17:00". */
export function centreGroupTitle(programme: string, centre: string, weekday: number, startTime: string): string {
  return `${programme} — ${centre}, ${messages().livePanel.weekdays[weekday]} ${startTime}`;
}

function inputRefusal(i: NewCentreGroup): FieldCodes | null {
  const bad: FieldCodes = {};
  const errors = 'centresPanel.errors';
  if (!Number.isInteger(i.classes) || i.classes < 1 || i.classes > MAX_CLASSES) bad.classes = `${errors}.classes`;
  const min = i.minParticipants ?? CENTRE_MIN_PARTICIPANTS;
  if (!Number.isInteger(i.capacity) || i.capacity < min || i.capacity > CENTRE_MAX_CAPACITY)
    bad.capacity = `${errors}.capacity`;
  for (const p of ['priceAnnual', 'priceHalf', 'priceTen'] as const)
    if (!Number.isInteger(i[p]) || i[p] <= 0) bad[p] = `${errors}.price`;
  if (!Number.isInteger(i.schoolYear) || i.schoolYear < 2000 || i.schoolYear > 2100)
    bad.schoolYear = `${errors}.schoolYear`;
  else if (!firstDayInYear(i.firstDay, i.schoolYear)) bad.firstDay = `${errors}.firstDayOutsideYear`;
  return Object.keys(bad).length ? (bad as FieldCodes) : null;
}

function refuse(field: string, code: MessageCode): never {
  throw new UserError('errors.checkFields', { [field]: code });
}

export async function createCentreGroup(
  actorId: string,
  input: NewCentreGroup,
  now = currentTime(),
): Promise<{ centreGroupId: string; liveGroupId: string; sessions: number; lastDay: string }> {
  const bad = inputRefusal(input);
  if (bad) throw new UserError('errors.checkFields', bad);
  return liveTransaction(async (tx) => {
    await actorWith(tx, actorId, 'centres:manage');
    return writeCentreGroup(tx, actorId, input, now);
  });
}

async function writeCentreGroup(tx: Tx, actorId: string, input: NewCentreGroup, now: Date) {
  const centre = await tx.centre.findFirst({ where: { id: input.centreId, active: true } });
  if (!centre) refuse('centreId', 'centresPanel.errors.centre');
  const programme = await tx.centreProgramme.findFirst({ where: { id: input.programmeId, active: true } });
  if (!programme) refuse('programmeId', 'centresPanel.errors.programme');
  const year = scheduleForClasses(
    {
      weekday: input.weekday,
      startTime: input.startTime,
      durationMinutes: input.durationMinutes,
      breakMinutes: input.breakMinutes,
      firstDay: input.firstDay,
    },
    input.classes,
    await schoolBreaks(tx),
  );
  if (!year.ok) {
    if (year.reason === 'too-few') refuse('classes', 'centresPanel.errors.classes');
    const code = `live.schedule.${year.reason}` as const;
    refuse(year.reason === 'bad-time' ? 'startTime' : 'durationMinutes', code);
  }
  const title = centreGroupTitle(programme.name, centre.name, input.weekday, input.startTime);
  const live = await writeLiveGroup(
    tx,
    actorId,
    {
      programme: programme.slug,
      title,
      teacherId: input.teacherId,
      capacity: input.capacity,
      minParticipants: input.minParticipants ?? CENTRE_MIN_PARTICIPANTS,
      place: centrePlace(centre),
      records: false,
      bookingMode: 'MEMBERS',
      schedule: year.schedule,
    },
    now,
  );
  // Every class of the year is ahead: a group started in the past would be short of its count.
  if (live.sessions !== input.classes) refuse('firstDay', 'centresPanel.errors.firstDayPast');
  const group = await tx.centreGroup.create({
    data: {
      liveGroupId: live.groupId,
      centreId: centre.id,
      programmeId: programme.id,
      schoolYear: input.schoolYear,
      classes: input.classes,
      priceAnnual: input.priceAnnual,
      priceHalf: input.priceHalf,
      priceTen: input.priceTen,
      starterPack: input.starterPack,
    },
    select: { id: true },
  });
  const plans = messages().centresPanel.plans;
  for (const p of CENTRE_PLANS) {
    const policy = planPolicy(p.planCode);
    await tx.billingOffer.create({
      data: {
        slug: centreOfferSlug(group.id, p.suffix),
        title: `${title} (${plans[p.planCode]})`,
        product: 'centre',
        liveGroupId: live.groupId,
        planKind: policy.kind,
        planCode: p.planCode,
        amount: input[p.price],
      },
    });
  }
  await recordAudit(tx, {
    actorId,
    action: 'centres.group.created',
    objectType: 'centreGroup',
    objectId: group.id,
    after: { title, schoolYear: input.schoolYear, classes: input.classes, lastDay: year.schedule.lastDay },
  });
  return {
    centreGroupId: group.id,
    liveGroupId: live.groupId,
    sessions: live.sessions,
    lastDay: year.schedule.lastDay,
  };
}

// What the group page (/centra/grupy/[id]) and the enrolment form show: the group's facts, the seats
// left, each plan's schedule as enrolling now would lay it out (buildSchedule, in the group's school
// year, joining mid-year at the price of the classes ahead) and the guarantee's deadline (S11).
import { currentTime } from '@/lib/clock/clock';
import { warsawDateKey } from '@/lib/format/time';
import { buildSchedule, type ChargeDraft } from '@/lib/billing/rules/schedule';
import { addDays } from '@/lib/billing/rules/days';
import { seatsLeft } from '@/lib/live-maths/seats';
import { centreGroupFacts, type CentreGroupFacts } from '@/lib/centres/groups/facts';
import { agreedPrice } from '@/lib/centres/enrol/enrol';
import { CENTRE_PLANS, type CentrePlan } from '@/lib/centres/enrol/options';

export type PlanPreview = {
  planCode: CentrePlan;
  /** The price of the year on this plan, or of the classes ahead when joining after the first. */
  amount: number;
  listPrice: number;
  schedule: ChargeDraft[];
};

export type CentreGroupPage = {
  group: CentreGroupFacts;
  seatsLeft: number;
  plans: PlanPreview[];
  classesAhead: number;
  /** S11 for one enrolling today: the day after the second class ahead (null: fewer than two ahead). */
  guaranteeUntil: string | null;
  open: boolean;
};

/** Pure: the page from the group's facts, its seats and now. */
export function groupPageOf(group: CentreGroupFacts, seats: number, now: Date): CentreGroupPage {
  const today = warsawDateKey(now);
  const ahead = group.sessions.filter((s) => s.status === 'SCHEDULED' && s.startsAt > now);
  const firstClass = group.sessions[0] ? warsawDateKey(group.sessions[0].startsAt) : undefined;
  const plans = CENTRE_PLANS.flatMap((planCode) => {
    const offer = group.offers.find((o) => o.planCode === planCode);
    if (!offer) return [];
    const amount = agreedPrice(group, offer.amount, now);
    const schedule = buildSchedule({
      planCode,
      amount,
      currency: 'PLN',
      signedDay: today,
      startDay: firstClass,
      starterPack: group.starterPack,
    });
    return [{ planCode, amount, listPrice: offer.amount, schedule }];
  });
  return {
    group,
    seatsLeft: seats,
    plans,
    classesAhead: ahead.length,
    guaranteeUntil: ahead[1] ? addDays(warsawDateKey(ahead[1].startsAt), 1) : null,
    open: !group.cancelledAt && ahead.length > 0,
  };
}

export async function centreGroupPage(centreGroupId: string, now = currentTime()): Promise<CentreGroupPage | null> {
  const group = await centreGroupFacts(centreGroupId);
  if (!group) return null;
  const seats = (await seatsLeft([group.liveGroupId], now)).get(group.liveGroupId) ?? 0;
  return groupPageOf(group, seats, now);
}

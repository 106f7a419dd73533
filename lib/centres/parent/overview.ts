// The parent's page of centre classes (/rodzina/centrum, the source's EduSky): for each child's
// centre contract the group, its class dates with make-ups, the guarantee deadline while it is
// ahead, the payer's contract page (charges with "Zapłać", the end quote), how it ended or ends,
// make-up choices, and — in the centre's continuation window — next year's groups the family may
// join with Akcja Kontynuacja. Only the parent's own contracts are read (payerId in every where).
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import type { LiveViewer } from '@/lib/live/access';
import { makeUpChoicesFor, type MakeUpGroup } from '@/lib/live/learner/overview';
import { makeUpTerms, type MakeUpTerms } from '@/lib/live/learner/view';
import { myContractPage } from '@/lib/billing/queries/contract-page';
import { contractSlug } from '@/lib/billing/queries/paths';
import { declaredDiscounts } from '@/lib/billing/discounts/declare';
import type { DiscountEffect } from '@/lib/billing/discounts/rules';
import { dateToDay, warsawToday, type Day } from '@/lib/billing/rules/days';
import { centreGroupFacts, type CentreGroupFacts } from '@/lib/centres/groups/facts';
import { guaranteeDeadline } from '@/lib/billing/rules/guarantee';
import { singleClassPrice } from '@/lib/centres/rules/price';

const LIVE = ['PENDING', 'ACTIVE', 'SUSPENDED'] as const;

export type ClassRow = {
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  state: 'past' | 'ahead' | 'cancelled';
  /** The child's make-up of this class in another group, if booked. */
  madeUpAt: { startsAt: Date; title: string; place: string | null } | null;
};

export type Ending = {
  kind: 'notice' | 'ended';
  endsOn: Day | null;
  refund: number;
  owed: number;
  lines: { label: string; amount: number }[];
};

export type NextYearGroup = { id: string; programme: string; weekday: number; startTime: string; teacher: string };

export type ChildCentre = {
  child: { id: string; name: string };
  group: CentreGroupFacts;
  page: NonNullable<Awaited<ReturnType<typeof myContractPage>>>;
  classes: ClassRow[];
  /** S11: the last day a resignation refunds all but the starter pack, while it is ahead. */
  guaranteeUntil: Day | null;
  ending: Ending | null;
  makeUps: {
    missed: (MakeUpGroup['missed'][number] & { terms: MakeUpTerms })[];
    targets: MakeUpGroup['targets'];
  } | null;
  makeUpPrice: number;
  /** Akcja Kontynuacja open to this family today: its effect and next year's groups. */
  continuation: { effect: DiscountEffect; groups: NextYearGroup[] } | null;
};

export async function parentCentreOverview(parent: LiveViewer, now = currentTime()): Promise<ChildCentre[]> {
  const contracts = await db().contract.findMany({
    where: { payerId: parent.id, offer: { product: 'centre' }, status: { not: 'VOID' } },
    orderBy: { signedAt: 'desc' },
    select: { id: true, number: true, beneficiaryId: true, offer: { select: { liveGroupId: true } } },
  });
  const out: ChildCentre[] = [];
  for (const c of contracts) {
    const liveGroupId = c.offer.liveGroupId;
    const link = liveGroupId
      ? await db().centreGroup.findUnique({ where: { liveGroupId }, select: { id: true } })
      : null;
    const [group, page] = await Promise.all([
      link ? centreGroupFacts(link.id) : null,
      myContractPage(parent.id, contractSlug(c.number), now),
    ]);
    if (!group || !page) continue; // a centre offer without a group (old data) has no page here
    out.push(await childCentre(parent, c.beneficiaryId, group, page, now));
  }
  return out;
}

async function childCentre(
  parent: LiveViewer,
  childId: string,
  group: CentreGroupFacts,
  page: ChildCentre['page'],
  now: Date,
): Promise<ChildCentre> {
  const today = warsawToday(now);
  const { contract } = page;
  const child = await db().user.findUniqueOrThrow({
    where: { id: childId },
    select: { firstName: true, lastName: true },
  });
  const live = (LIVE as readonly string[]).includes(contract.status) && !contract.endsOn;
  const classes = await classRows(childId, group, now);
  const from = contract.charges.find((ch) => ch.periodStart)?.periodStart;
  const scheduled = group.sessions.filter((s) => s.status === 'SCHEDULED').map((s) => warsawToday(s.startsAt));
  const deadline = guaranteeDeadline(scheduled, from ? dateToDay(from) : warsawToday(contract.signedAt));
  const choices =
    contract.status === 'ACTIVE' && !group.cancelledAt
      ? (await makeUpChoicesFor(parent, childId, now)).find((g) => g.programme === group.programme.slug)
      : undefined;
  return {
    child: { id: childId, name: `${child.firstName} ${child.lastName}`.trim() },
    group,
    page,
    classes,
    guaranteeUntil: live && deadline && today <= deadline ? deadline : null,
    ending: await endingOf(contract.id),
    makeUps: choices
      ? {
          missed: choices.missed.map((m) => ({ ...m, terms: makeUpTerms(m.startsAt, now) })),
          targets: await inCity(choices.targets, group.centre.city),
        }
      : null,
    makeUpPrice: singleClassPrice(group.priceAnnual, group.classes),
    continuation:
      contract.status === 'ACTIVE' || contract.status === 'ENDED' ? await nextYear(parent.id, group, now) : null,
  };
}

/** Make-up classes a family can reach: groups of centres in the child's centre's city, with their place. */
async function inCity(targets: MakeUpGroup['targets'], city: string) {
  const rows = await db().liveSession.findMany({
    where: { id: { in: targets.map((t) => t.sessionId) }, group: { centreGroup: { centre: { city } } } },
    select: { id: true, group: { select: { place: true } } },
  });
  const place = new Map(rows.map((r) => [r.id, r.group?.place ?? null]));
  return targets.filter((t) => place.has(t.sessionId)).map((t) => ({ ...t, place: place.get(t.sessionId) ?? null }));
}

async function classRows(childId: string, group: CentreGroupFacts, now: Date): Promise<ClassRow[]> {
  const makeUps = await db().liveBooking.findMany({
    where: { userId: childId, kind: 'MAKEUP', status: 'BOOKED', makeUpForId: { in: group.sessions.map((s) => s.id) } },
    select: {
      makeUpForId: true,
      session: { select: { startsAt: true, group: { select: { title: true, place: true } } } },
    },
  });
  const byMissed = new Map(makeUps.map((m) => [m.makeUpForId, m.session]));
  return group.sessions.map((s) => {
    const m = byMissed.get(s.id);
    return {
      sessionId: s.id,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      state: s.status === 'CANCELLED' ? 'cancelled' : s.endsAt <= now ? 'past' : 'ahead',
      madeUpAt: m ? { startsAt: m.startsAt, title: m.group?.title ?? '', place: m.group?.place ?? null } : null,
    };
  });
}

/** How the contract ends or ended: the notice's (or the end's) settlement as it was recorded. */
async function endingOf(contractId: string): Promise<Ending | null> {
  const e = await db().contractEvent.findFirst({
    where: { contractId, kind: { in: ['notice-given', 'ended'] } },
    orderBy: { createdAt: 'desc' },
    select: { kind: true, detail: true },
  });
  if (!e) return null;
  const d = (e.detail ?? {}) as { endsOn?: string; refund?: number; owed?: number; lines?: Ending['lines'] };
  return {
    kind: e.kind === 'ended' ? 'ended' : 'notice',
    endsOn: d.endsOn ?? null,
    refund: d.refund ?? 0,
    owed: d.owed ?? 0,
    lines: d.lines ?? [],
  };
}

/**
 * Next school year's groups of the same centre and subject that the family may join with Akcja
 * Kontynuacja today: the same check the enrolment form runs (declaredDiscounts: the centre's
 * window, last year's contract, no arrears), so a link shown is a discount granted.
 */
async function nextYear(payerId: string, group: CentreGroupFacts, now: Date): Promise<ChildCentre['continuation']> {
  const candidates = await db().centreGroup.findMany({
    where: {
      centreId: group.centre.id,
      schoolYear: group.schoolYear + 1,
      programme: { subject: group.programme.subject, active: true },
      liveGroup: { cancelledAt: null, firstDay: { gt: now } },
    },
    orderBy: [{ programme: { minAge: 'asc' } }],
    select: {
      id: true,
      liveGroupId: true,
      programme: { select: { name: true } },
      liveGroup: {
        select: { weekday: true, startTime: true, teacher: { select: { firstName: true, lastName: true } } },
      },
    },
  });
  const groups: NextYearGroup[] = [];
  let effect: DiscountEffect | null = null;
  for (const g of candidates) {
    const offer = await db().billingOffer.findFirst({
      where: { liveGroupId: g.liveGroupId, product: 'centre', active: true },
    });
    if (!offer) continue;
    const declared = await declaredDiscounts(db(), { offer, payerId, continuation: true, now });
    const draft = 'drafts' in declared ? declared.drafts[0] : undefined;
    if (!draft) continue;
    effect = { kind: draft.kind, value: draft.value };
    groups.push({
      id: g.id,
      programme: g.programme.name,
      weekday: g.liveGroup.weekday,
      startTime: g.liveGroup.startTime,
      teacher: `${g.liveGroup.teacher.firstName} ${g.liveGroup.teacher.lastName}`.trim(),
    });
  }
  return effect ? { effect, groups } : null;
}

/** Whether the family page links here: the parent has a centre contract that is not void. */
export async function hasCentreContracts(parentId: string): Promise<boolean> {
  const n = await db().contract.count({
    where: { payerId: parentId, offer: { product: 'centre' }, status: { not: 'VOID' } },
    take: 1,
  });
  return n > 0;
}

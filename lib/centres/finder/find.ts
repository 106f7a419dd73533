// The public finder of centre groups (/centra): this and next school year's groups still running,
// by city, place, subject and the child's age, each with its seats left (L4's count) and lowest price.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { seatsLeft } from '@/lib/live-maths/seats';

export type FinderFilters = { city?: string; centreId?: string; subject?: string; age?: number };

export type FoundGroup = {
  id: string;
  schoolYear: number;
  centre: { id: string; name: string; kind: string; city: string; street: string; postalCode: string };
  programme: { name: string; subject: string; minAge: number; maxAge: number };
  weekday: number;
  startTime: string;
  teacher: string;
  seatsLeft: number;
  priceFrom: number;
};

export type FinderPage = {
  filters: FinderFilters;
  cities: string[];
  centres: { id: string; name: string; city: string }[];
  subjects: string[];
  groups: FoundGroup[];
};

export async function findCentreGroups(filters: FinderFilters, now = currentTime()): Promise<FinderPage> {
  const open = {
    centre: { active: true },
    programme: { active: true },
    liveGroup: { cancelledAt: null, sessions: { some: { status: 'SCHEDULED' as const, startsAt: { gt: now } } } },
  };
  const rows = await db().centreGroup.findMany({
    where: {
      liveGroup: open.liveGroup,
      centre: {
        active: true,
        ...(filters.city ? { city: filters.city } : {}),
        ...(filters.centreId ? { id: filters.centreId } : {}),
      },
      programme: {
        active: true,
        ...(filters.subject ? { subject: filters.subject } : {}),
        ...(filters.age !== undefined ? { minAge: { lte: filters.age }, maxAge: { gte: filters.age } } : {}),
      },
    },
    select: {
      id: true,
      schoolYear: true,
      liveGroupId: true,
      priceAnnual: true,
      priceHalf: true,
      priceTen: true,
      centre: { select: { id: true, name: true, kind: true, city: true, street: true, postalCode: true } },
      programme: { select: { name: true, subject: true, minAge: true, maxAge: true } },
      liveGroup: {
        select: { weekday: true, startTime: true, teacher: { select: { firstName: true, lastName: true } } },
      },
    },
    orderBy: [{ schoolYear: 'asc' }, { centre: { city: 'asc' } }, { centre: { name: 'asc' } }],
  });
  const seats = await seatsLeft(
    rows.map((r) => r.liveGroupId),
    now,
  );
  const all = await db().centreGroup.findMany({
    where: open,
    select: { centre: { select: { id: true, name: true, city: true } }, programme: { select: { subject: true } } },
  });
  const centres = [...new Map(all.map((g) => [g.centre.id, g.centre])).values()].sort(
    (a, b) => a.city.localeCompare(b.city, 'pl') || a.name.localeCompare(b.name, 'pl'),
  );
  return {
    filters,
    cities: [...new Set(centres.map((c) => c.city))],
    centres,
    subjects: [...new Set(all.map((g) => g.programme.subject))].sort(),
    groups: rows
      .map((r) => ({
        id: r.id,
        schoolYear: r.schoolYear,
        centre: r.centre,
        programme: r.programme,
        weekday: r.liveGroup.weekday,
        startTime: r.liveGroup.startTime,
        teacher: `${r.liveGroup.teacher.firstName} ${r.liveGroup.teacher.lastName}`,
        seatsLeft: seats.get(r.liveGroupId) ?? 0,
        priceFrom: Math.min(r.priceAnnual, r.priceHalf, r.priceTen),
      }))
      .sort(
        (a, b) =>
          a.schoolYear - b.schoolYear ||
          a.centre.city.localeCompare(b.centre.city, 'pl') ||
          a.centre.name.localeCompare(b.centre.name, 'pl') ||
          a.weekday - b.weekday ||
          a.startTime.localeCompare(b.startTime),
      ),
  };
}

/** The finder's query (?miasto=&miejsce=&przedmiot=&wiek=) as filters; anything odd is ignored. */
export function finderFilters(q: Record<string, string | string[] | undefined>): FinderFilters {
  const one = (k: string) => {
    const v = q[k];
    const s = (Array.isArray(v) ? v[0] : v)?.trim();
    return s && s.length <= 100 ? s : undefined;
  };
  const age = Number(one('wiek'));
  return {
    city: one('miasto'),
    centreId: one('miejsce'),
    subject: one('przedmiot'),
    age: Number.isInteger(age) && age >= 1 && age <= 25 ? age : undefined,
  };
}

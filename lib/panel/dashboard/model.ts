// What the staff home shows, built from the aggregates as plain data: tiles, chart specs with the
// sentence each says in numbers, and the occupancy rows. Pure (the loader in dashboard.ts reads),
// so the numbers a tile shows and the numbers behind its chart come from the same sums.
import type { BarSpec, Tone } from '@/lib/charts/spec';
import { formatValue } from '@/lib/charts/spec';
import type { ContractStatus } from '@/lib/db/generated/enums';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime } from '@/lib/format/time';
import { DEFAULT_LOCALE, messages } from '@/lib/i18n';
import { PANEL_CONTRACTS_PATH, PANEL_OVERDUE_PATH } from '@/lib/billing/queries/paths';
import { PANEL_CENTRE_GROUPS_PATH, panelCentreGroupPath } from '@/lib/centres/paths';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import type { DashboardAccess } from './access';
import { CONTRACT_STATES } from './billing';
import type { GroupOccupancy, OccupancyScope } from './occupancy';
import { QUEUES, type QueueCount, type QueueName } from './queues';
import { bucketOverdue, OVERDUE_BUCKETS, type OverdueBucket, type OverdueRow } from './rules/overdue-buckets';
import { queueAge, type QueueAge } from './rules/queue-age';
import type { RefundRow, SalesRow } from './sales';

/** The home's own currency: charts are drawn in it; other currencies are listed beside (never converted). */
export const HOME_CURRENCY = 'PLN';
/** Occupancy rows shown; the rest are one click away on the classes' page. */
export const OCCUPANCY_ROWS = 20;

export type Tile = { label: string; value: string | number; hint?: string; href?: string; tone?: Tone };
export type DashboardChart = { title: string; summary: string; spec: BarSpec };

export type DashboardData = {
  now: Date;
  access: DashboardAccess;
  sales: SalesRow[] | null;
  refunds: RefundRow[] | null;
  overdue: OverdueRow[] | null;
  today: string;
  contracts: Record<ContractStatus, number> | null;
  occupancy: GroupOccupancy[] | null;
  queues: Partial<Record<QueueName, QueueCount>>;
};

export type OccupancyRow = {
  key: string;
  title: string;
  href: string;
  startsAt: string;
  taken: number;
  capacity: number;
  minParticipants: number;
  below: boolean;
};

export type DashboardView = {
  asOf: string;
  queues: Tile[];
  money: {
    tiles: Tile[];
    chart: DashboardChart | null;
    empty: string;
    otherCurrencies: string | null;
    table: { head: string[]; rows: string[][] };
  } | null;
  overdue: { tiles: Tile[]; chart: DashboardChart; otherCurrencies: string | null } | null;
  contracts: { tiles: Tile[]; chart: DashboardChart } | null;
  classes: { tiles: Tile[]; rows: OccupancyRow[]; more: number; href: string; empty: string } | null;
  platform: Tile[];
};

// Every text and number is in the viewer's language (`l`), passed down from the page.
const t = (l: string) => messages(l).panel.dashboard;

const QUEUE_HREF: Record<QueueName, string> = {
  agreements: '/panel/umowy',
  reports: '/panel/raporty',
  complaints: '/panel/reklamacje',
  discounts: '/panel/rabaty',
  classChanges: '/panel/rodziny',
  ksefRejected: '/panel/faktury?stan=rejected',
  mailFailing: '/panel/poczta',
  accounts: '/panel/uzytkownicy',
  courses: '/panel/kursy',
};
const PLATFORM: readonly QueueName[] = ['accounts', 'courses'];

export const ageText = (a: QueueAge, l: string = DEFAULT_LOCALE) =>
  a.unit === 'hours' ? t(l).age.hours(a.value) : t(l).age.days(a.value);

/** Amounts by currency as one phrase, the home currency first: "1 200,00 zł oraz 40,00 EUR". */
export function moneyText(amounts: Record<string, number>, l: string = DEFAULT_LOCALE): string {
  const cur = Object.keys(amounts).sort((a, b) =>
    a === HOME_CURRENCY ? -1 : b === HOME_CURRENCY ? 1 : a.localeCompare(b),
  );
  const home = formatMoney(amounts[HOME_CURRENCY] ?? 0, HOME_CURRENCY, l);
  const other = cur.filter((c) => c !== HOME_CURRENCY && amounts[c]).map((c) => formatMoney(amounts[c], c, l));
  return other.length ? `${home} ${t(l).money.plus(other.join(', '))}` : home;
}

/** A tile's hint, with what came in other currencies than the tile's złoty figure. */
function withOther(hint: string, amounts: Record<string, number>, l: string): string {
  const other = otherCurrencyList(amounts, l);
  return other ? `${hint} · ${t(l).money.plus(other)}` : hint;
}

const sumBy = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);

function byCurrency<T extends { currency: string }>(rows: readonly T[], f: (r: T) => number) {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.currency] = (out[r.currency] ?? 0) + f(r);
  return out;
}

function otherCurrencyList(amounts: Record<string, number>, l: string): string | null {
  const list = Object.entries(amounts)
    .filter(([c, v]) => c !== HOME_CURRENCY && v)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([c, v]) => formatMoney(v, c, l));
  return list.length ? list.join(', ') : null;
}

export const productLabel = (product: string, l: string = DEFAULT_LOCALE) => t(l).products[product] ?? product;

function queueTiles(queues: DashboardData['queues'], now: Date, l: string): Tile[] {
  return QUEUES.filter((q) => !PLATFORM.includes(q) && queues[q]).map((q) => {
    const c = queues[q]!;
    const age = queueAge(c.oldest, now);
    const late = q === 'complaints' && c.late > 0;
    return {
      label: t(l).queues[q],
      value: c.count,
      hint:
        c.count === 0 || !age
          ? t(l).queueEmpty
          : late
            ? t(l).complaintsLate(c.late, ageText(age, l))
            : t(l).oldest(ageText(age, l)),
      href: QUEUE_HREF[q],
      tone: c.count === 0 ? 'good' : late || q === 'ksefRejected' || q === 'mailFailing' ? 'bad' : 'warn',
    } satisfies Tile;
  });
}

function moneyBlock(sales: SalesRow[], refunds: RefundRow[], l: string): NonNullable<DashboardView['money']> {
  const m = t(l).money;
  const todayCount = sumBy(sales, (r) => r.todayCount);
  const monthCount = sumBy(sales, (r) => r.monthCount);
  const pendingCount = sumBy(refunds, (r) => r.pendingCount);
  const tile = (label: string, amounts: Record<string, number>, count: string, tone: Tone): Tile => ({
    label,
    value: formatMoney(amounts[HOME_CURRENCY] ?? 0, HOME_CURRENCY, l),
    hint: withOther(count, amounts, l),
    href: '/panel/zamowienia',
    tone,
  });
  const monthRefunds = m.refunds(sumBy(refunds, (r) => r.monthCount));
  const tiles: Tile[] = [
    tile(
      m.salesToday,
      byCurrency(sales, (r) => r.todayGross),
      m.payments(todayCount),
      'primary',
    ),
    tile(
      m.salesMonth,
      byCurrency(sales, (r) => r.monthGross),
      m.payments(monthCount),
      'primary',
    ),
    tile(
      m.refundsToday,
      byCurrency(refunds, (r) => r.todayAmount),
      m.refunds(sumBy(refunds, (r) => r.todayCount)),
      'neutral',
    ),
    tile(
      m.refundsMonth,
      byCurrency(refunds, (r) => r.monthAmount),
      pendingCount
        ? `${monthRefunds}; ${m.refundsPending(
            pendingCount,
            moneyText(
              byCurrency(refunds, (r) => r.pendingAmount),
              l,
            ),
          )}`
        : monthRefunds,
      pendingCount ? 'warn' : 'neutral',
    ),
  ];
  const home = sales.filter((r) => r.currency === HOME_CURRENCY && r.monthGross > 0);
  const total = sumBy(home, (r) => r.monthGross);
  const chart: DashboardChart | null = home.length
    ? {
        title: m.chartTitle,
        summary: m.chartSummary(
          formatMoney(total, HOME_CURRENCY, l),
          productLabel(home[0].product, l),
          formatMoney(home[0].monthGross, HOME_CURRENCY, l),
        ),
        spec: {
          kind: 'bar',
          locale: l,
          horizontal: true,
          categoryLabel: m.categoryLabel,
          valueLabel: m.valueLabel,
          format: { currency: HOME_CURRENCY },
          bars: home.map((r) => ({ label: productLabel(r.product, l), value: r.monthGross, tone: 'primary' })),
        },
      }
    : null;
  const other = otherCurrencyList(
    byCurrency(sales, (r) => r.monthGross),
    l,
  );
  return {
    tiles,
    chart,
    empty: m.chartEmpty,
    otherCurrencies: other ? m.otherCurrencies(other) : null,
    table: {
      head: [m.colProduct, m.colCurrency, m.colToday, m.colMonth, m.colCount],
      rows: [
        ...sales.filter((r) => r.currency === HOME_CURRENCY),
        ...sales.filter((r) => r.currency !== HOME_CURRENCY),
      ].map((r) => [
        productLabel(r.product, l),
        r.currency,
        formatMoney(r.todayGross, r.currency, l),
        formatMoney(r.monthGross, r.currency, l),
        formatValue(r.monthCount, 'count', l),
      ]),
    },
  };
}

const BUCKET_TONE: Record<OverdueBucket, Tone> = { upTo7: 'warn', upTo14: 'warn', upTo30: 'bad', over30: 'bad' };

function overdueBlock(rows: OverdueRow[], today: string, l: string): NonNullable<DashboardView['overdue']> {
  const o = t(l).overdue;
  const buckets = bucketOverdue(rows, today);
  const count = sumBy(buckets, (b) => b.count);
  const homeOf = (b: (typeof buckets)[number]) => b.amounts[HOME_CURRENCY] ?? 0;
  const total = sumBy(buckets, homeOf);
  const over30 = buckets[OVERDUE_BUCKETS.indexOf('over30')];
  const all: Record<string, number> = {};
  for (const b of buckets) for (const [c, v] of Object.entries(b.amounts)) all[c] = (all[c] ?? 0) + v;
  const other = otherCurrencyList(all, l);
  return {
    tiles: [
      {
        label: o.total,
        value: formatMoney(all[HOME_CURRENCY] ?? 0, HOME_CURRENCY, l),
        hint: withOther(count ? o.charges(count) : o.none, all, l),
        href: PANEL_OVERDUE_PATH,
        tone: count === 0 ? 'good' : over30.count ? 'bad' : 'warn',
      },
      {
        label: o.over30Tile,
        value: formatMoney(over30.amounts[HOME_CURRENCY] ?? 0, HOME_CURRENCY, l),
        hint: withOther(o.charges(over30.count), over30.amounts, l),
        href: PANEL_OVERDUE_PATH,
        tone: over30.count ? 'bad' : 'good',
      },
    ],
    chart: {
      title: o.chartTitle,
      summary: count
        ? o.summary(formatMoney(total, HOME_CURRENCY, l), count, formatMoney(homeOf(over30), HOME_CURRENCY, l))
        : o.summaryNone,
      spec: {
        kind: 'bar',
        locale: l,
        categoryLabel: o.categoryLabel,
        valueLabel: o.valueLabel,
        format: { currency: HOME_CURRENCY },
        bars: buckets.map((b) => ({ label: o.buckets[b.bucket], value: homeOf(b), tone: BUCKET_TONE[b.bucket] })),
      },
    },
    otherCurrencies: other ? o.otherCurrencies(other) : null,
  };
}

const STATE_TONE: Record<ContractStatus, Tone> = {
  PENDING: 'neutral',
  ACTIVE: 'good',
  SUSPENDED: 'warn',
  ENDED: 'neutral',
  VOID: 'neutral',
};

function contractsBlock(states: Record<ContractStatus, number>, l: string): NonNullable<DashboardView['contracts']> {
  const c = t(l).contracts;
  const label = messages(l).billing.status;
  const total = sumBy(CONTRACT_STATES, (s) => states[s]);
  const tile = (s: ContractStatus, tone: Tone): Tile => ({
    label: label[s] ?? s,
    value: formatValue(states[s], 'count', l),
    href: `${PANEL_CONTRACTS_PATH}?stan=${s}`,
    tone: states[s] ? tone : 'neutral',
  });
  return {
    tiles: [tile('ACTIVE', 'good'), tile('SUSPENDED', 'warn'), tile('PENDING', 'primary')],
    chart: {
      title: c.chartTitle,
      summary: c.summary(total, states.ACTIVE, states.SUSPENDED, states.PENDING),
      spec: {
        kind: 'bar',
        locale: l,
        horizontal: true,
        categoryLabel: c.categoryLabel,
        valueLabel: c.valueLabel,
        format: 'count',
        bars: CONTRACT_STATES.map((s) => ({ label: label[s] ?? s, value: states[s], tone: STATE_TONE[s] })),
      },
    },
  };
}

function groupHref(scope: OccupancyScope, g: GroupOccupancy): string {
  if (scope.kind === 'all') return `${LIVE_TEACHER_PATH}/${g.groupId}`;
  if (scope.kind === 'centres' && g.centreGroupId) return panelCentreGroupPath(g.centreGroupId);
  return `${LIVE_TEACHER_PATH}/sesje/${g.sessionId}`;
}

function classesBlock(
  scope: OccupancyScope,
  groups: GroupOccupancy[],
  l: string,
): NonNullable<DashboardView['classes']> {
  const c = t(l).classes;
  const href = scope.kind === 'centres' ? PANEL_CENTRE_GROUPS_PATH : LIVE_TEACHER_PATH;
  const taken = sumBy(groups, (g) => g.taken);
  const capacity = sumBy(groups, (g) => g.capacity);
  const below = groups.filter((g) => g.taken < g.minParticipants);
  const percent = formatValue(capacity ? Math.round((taken / capacity) * 100) : 0, 'percent', l);
  // The groups to decide about first (below their minimum), then by the date of their next class.
  const ordered = [...below, ...groups.filter((g) => g.taken >= g.minParticipants)];
  return {
    href,
    empty: c.none,
    tiles: [
      {
        label: c.taken,
        value: c.seatsOf(taken, capacity),
        hint: c.takenHint(groups.length, percent),
        href,
        tone: 'primary',
      },
      {
        label: c.belowMinimum,
        value: below.length,
        hint: below.length ? c.belowMinimumHint : c.noneBelow,
        href,
        tone: below.length ? 'warn' : 'good',
      },
    ],
    rows: ordered.slice(0, OCCUPANCY_ROWS).map((g) => ({
      key: g.groupId,
      title: g.title,
      href: groupHref(scope, g),
      startsAt: formatDateTime(g.startsAt, l),
      taken: g.taken,
      capacity: g.capacity,
      minParticipants: g.minParticipants,
      below: g.taken < g.minParticipants,
    })),
    more: Math.max(0, ordered.length - OCCUPANCY_ROWS),
  };
}

export function dashboardView(d: DashboardData, l: string = DEFAULT_LOCALE): DashboardView {
  return {
    asOf: formatDateTime(d.now, l),
    queues: queueTiles(d.queues, d.now, l),
    money: d.sales && d.refunds ? moneyBlock(d.sales, d.refunds, l) : null,
    overdue: d.overdue ? overdueBlock(d.overdue, d.today, l) : null,
    contracts: d.contracts ? contractsBlock(d.contracts, l) : null,
    classes: d.access.occupancy && d.occupancy ? classesBlock(d.access.occupancy, d.occupancy, l) : null,
    platform: PLATFORM.filter((q) => d.queues[q]).map((q) => ({
      label: t(l).queues[q],
      value: formatValue(d.queues[q]!.count, 'count', l),
      href: QUEUE_HREF[q],
      tone: 'neutral',
    })),
  };
}

import { describe, expect, it } from 'vitest';
import { chartTable } from '@/lib/charts/spec';
import { dashboardAccess } from '@/lib/panel/dashboard/access';
import { dashboardView, moneyText, type DashboardData } from '@/lib/panel/dashboard/model';

const now = new Date('2026-12-02T10:00:00Z');
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

const data = (over: Partial<DashboardData> = {}): DashboardData => ({
  now,
  access: dashboardAccess({ id: 'a', roles: ['ADMINISTRATOR'] }),
  today: '2026-12-02',
  sales: [
    { product: 'centre', currency: 'PLN', todayCount: 1, todayGross: 30_000, monthCount: 3, monthGross: 90_000 },
    { product: 'course', currency: 'PLN', todayCount: 0, todayGross: 0, monthCount: 2, monthGross: 39_800 },
    { product: 'family', currency: 'EUR', todayCount: 1, todayGross: 12_000, monthCount: 1, monthGross: 12_000 },
  ],
  refunds: [
    {
      currency: 'PLN',
      todayCount: 1,
      todayAmount: 5_000,
      monthCount: 2,
      monthAmount: 8_000,
      pendingCount: 1,
      pendingAmount: 1_000,
    },
  ],
  overdue: [
    { dueDate: '2026-11-30', currency: 'PLN', count: 2, amount: 40_000 },
    { dueDate: '2026-10-01', currency: 'PLN', count: 1, amount: 10_000 },
  ],
  contracts: { PENDING: 2, ACTIVE: 10, SUSPENDED: 1, ENDED: 4, VOID: 0 },
  occupancy: [
    {
      groupId: 'g1',
      title: 'Fermat I',
      centreGroupId: 'c1',
      sessionId: 's1',
      startsAt: new Date('2026-12-03T16:00:00Z'),
      taken: 8,
      capacity: 12,
      minParticipants: 6,
    },
    {
      groupId: 'g2',
      title: 'Euler II',
      centreGroupId: null,
      sessionId: 's2',
      startsAt: new Date('2026-12-04T16:00:00Z'),
      taken: 3,
      capacity: 10,
      minParticipants: 5,
    },
  ],
  queues: {
    complaints: { count: 2, oldest: new Date('2026-11-10T10:00:00Z'), late: 1 },
    reports: { count: 0, oldest: null, late: 0 },
    mailFailing: { count: 1, oldest: new Date('2026-12-02T07:00:00Z'), late: 0 },
    accounts: { count: 1234, oldest: null, late: 0 },
  },
  ...over,
});

describe('the staff home page model', () => {
  const v = dashboardView(data());

  it('shows money as stored: złoty first, other currencies beside, never converted', () => {
    expect(nbsp(moneyText({ EUR: 12_000, PLN: 129_800 }))).toBe('1298,00 zł oraz 120,00 €');
    expect(nbsp(moneyText({}))).toBe('0,00 zł');
    const [today, month, refToday, refMonth] = v.money!.tiles;
    expect(nbsp(String(today.value))).toBe('300,00 zł');
    expect(nbsp(today.hint!)).toBe('2 wpłaty · oraz 120,00 €');
    expect(nbsp(String(month.value))).toBe('1298,00 zł');
    expect(nbsp(month.hint!)).toBe('6 wpłat · oraz 120,00 €');
    expect(nbsp(String(refToday.value))).toBe('50,00 zł');
    expect(nbsp(refMonth.hint!)).toBe('2 zwroty; 1 zwrot w toku: 10,00 zł');
    expect(v.money!.otherCurrencies).toContain('120,00');
  });

  it("the sales chart is the month's złoty sales by product, its table adding up to the tile", () => {
    const table = chartTable(v.money!.chart!.spec);
    expect(table.rows.map((r) => [r[0], nbsp(r[1])])).toEqual([
      ['Centra nauki', '900,00 zł'],
      ['Kursy on-line', '398,00 zł'],
    ]);
    expect(nbsp(v.money!.chart!.summary)).toBe(
      'W tym miesiącu sprzedano za 1298,00 zł; najwięcej: Centra nauki (900,00 zł).',
    );
    expect(v.money!.table.rows).toHaveLength(3);
  });

  it('without złoty sales the chart gives way to a sentence', () => {
    const none = dashboardView(data({ sales: [] }));
    expect(none.money!.chart).toBeNull();
    expect(none.money!.empty).toMatch(/nie wpłynęła/);
  });

  it('overdue: the buckets in złoty, the tile their sum', () => {
    const o = v.overdue!;
    expect(chartTable(o.chart.spec).rows.map((r) => [r[0], nbsp(r[1])])).toEqual([
      ['0–7 dni', '400,00 zł'],
      ['8–14 dni', '0,00 zł'],
      ['15–30 dni', '0,00 zł'],
      ['ponad 30 dni', '100,00 zł'],
    ]);
    expect(nbsp(String(o.tiles[0].value))).toBe('500,00 zł');
    expect(o.tiles[0].hint).toBe('3 opłaty po terminie');
    expect(o.tiles[0].tone).toBe('bad');
    expect(nbsp(o.chart.summary)).toBe('Po terminie jest 3 opłaty na 500,00 zł; z tego ponad 30 dni: 100,00 zł.');
  });

  it('contracts by state, linked to the filtered list', () => {
    const c = v.contracts!;
    expect(chartTable(c.chart.spec).rows).toEqual([
      ['Oczekuje na pierwszą płatność', '2'],
      ['Aktywna', '10'],
      ['Zawieszona', '1'],
      ['Zakończona', '4'],
      ['Nieważna', '0'],
    ]);
    expect(c.chart.summary).toBe('17 umów w sumie; aktywne: 10, zawieszone: 1, czekają na pierwszą płatność: 2.');
    expect(c.tiles.map((t) => t.href)).toEqual([
      '/panel/umowy/lista?stan=ACTIVE',
      '/panel/umowy/lista?stan=SUSPENDED',
      '/panel/umowy/lista?stan=PENDING',
    ]);
  });

  it('occupancy: seats taken of capacity, the groups below their minimum first', () => {
    const c = v.classes!;
    expect(c.tiles[0].value).toBe('11 z 22');
    expect(c.tiles[0].hint).toBe('2 grupy, obłożenie 50 %');
    expect(c.tiles[1].value).toBe(1);
    expect(c.rows.map((r) => [r.title, r.below, r.href])).toEqual([
      ['Euler II', true, '/panel/zajecia/g2'],
      ['Fermat I', false, '/panel/zajecia/g1'],
    ]);
  });

  it("a centre's staff reach a group through the centres' pages", () => {
    const c = dashboardView(data({ access: dashboardAccess({ id: 's', roles: ['SUPPORT'] }) })).classes!;
    expect(c.href).toBe('/panel/centra/grupy');
    expect(c.rows.find((r) => r.title === 'Fermat I')!.href).toBe('/panel/centra/grupy/c1');
  });

  it('queues: count, the age of the oldest, the link, and a tone that says whether anything waits', () => {
    expect(v.queues.map((q) => [q.label, q.value, q.hint, q.href, q.tone])).toEqual([
      ['Raporty końcowe do zatwierdzenia', 0, 'nic nie czeka', '/panel/raporty', 'good'],
      [
        'Reklamacje bez odpowiedzi',
        2,
        'po terminie odpowiedzi: 1; najstarsza czeka 22 dni',
        '/panel/reklamacje',
        'bad',
      ],
      ['E-maile z błędem wysyłki', 1, 'najstarsze czeka 3 godziny', '/panel/poczta', 'bad'],
    ]);
    expect(v.platform).toEqual([{ label: 'Konta', value: '1234', href: '/panel/uzytkownicy', tone: 'neutral' }]);
  });

  it('leaves out the blocks the viewer was not given', () => {
    const bare = dashboardView(
      data({ sales: null, refunds: null, overdue: null, contracts: null, occupancy: null, queues: {} }),
    );
    expect([bare.money, bare.overdue, bare.contracts, bare.classes, bare.queues, bare.platform]).toEqual([
      null,
      null,
      null,
      null,
      [],
      [],
    ]);
  });
});

describe('the staff home in English', () => {
  const v = dashboardView(data(), 'en');

  it("writes every text, amount and date in the viewer's language", () => {
    expect(nbsp(moneyText({ EUR: 12_000, PLN: 129_800 }, 'en'))).toBe('PLN 1,298.00 and €120.00');
    const [today] = v.money!.tiles;
    expect(nbsp(String(today.value))).toBe('PLN 300.00');
    expect(nbsp(today.hint!)).toBe('2 payments · and €120.00');
    expect(v.asOf).toMatch(/December 2026/);
    expect(v.contracts!.tiles.map((t) => t.label)).toEqual(['Active', 'Suspended', 'Awaiting first payment']);
    expect(v.classes!.rows[0].startsAt).toMatch(/December/);
    expect(chartTable(v.money!.chart!.spec).rows.map((r) => nbsp(r[1]))).toEqual(['PLN 900.00', 'PLN 398.00']);
    expect(chartTable(v.money!.chart!.spec).head[0]).not.toBe(
      chartTable(dashboardView(data()).money!.chart!.spec).head[0],
    );
    expect(JSON.stringify(v)).not.toMatch(/[ąćęłńóśźż]|zł/i);
  });
});

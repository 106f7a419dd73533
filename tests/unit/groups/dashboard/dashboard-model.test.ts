// The group dashboard's model from hand-made facts: tiles, the three charts' numbers and summaries,
// the progress window in Warsaw weeks, and the final report's PDF carrying the same charts.
import { describe, expect, it } from 'vitest';
import { groupDashboard, withPageDrawings } from '@/lib/groups/dashboard/dashboard-model';
import { renderChartSvg } from '@/lib/charts/svg';
import type { DashboardFacts } from '@/lib/groups/dashboard/group-dashboard';
import { chartTable } from '@/lib/charts/spec';
import { finalReportPdf } from '@/lib/groups/report/report-export';
import { fromWarsaw } from '@/lib/format/time';
import { hasPdfToText, pdfText } from '../fixtures';

const start = fromWarsaw(2026, 10, 21, 9); // Wednesday 21 Oct 2026
const end = fromWarsaw(2026, 12, 21); // access ends (exclusively) at 21 Dec 00:00, the last day is 20 Dec
const now = fromWarsaw(2026, 11, 3, 12); // Tuesday 3 Nov: the third week

const person = (p: Partial<DashboardFacts['participants'][number]>): DashboardFacts['participants'][number] => ({
  userId: 'u',
  loggedIn: false,
  lessonsDone: 0,
  lastLessonAt: null,
  bestScore: null,
  passed: false,
  startsAt: start,
  endsAt: end,
  ...p,
});

// 4 participants, 2 lessons: one passed (90%, both lessons by 30 Oct), one failed (45%), one
// learning (one lesson on Sunday 25 Oct), one never logged in.
const facts: DashboardFacts = {
  lessons: 2,
  passMark: 60,
  participants: [
    person({ loggedIn: true, lessonsDone: 2, lastLessonAt: fromWarsaw(2026, 10, 30, 10), bestScore: 90, passed: true }),
    person({ loggedIn: true, lessonsDone: 0, bestScore: 45 }),
    person({ loggedIn: true, lessonsDone: 1, lastLessonAt: fromWarsaw(2026, 10, 25, 23, 30) }),
    person({}),
  ],
  completions: [
    { day: '2026-10-25', count: 1 },
    { day: '2026-10-27', count: 1 },
    { day: '2026-10-30', count: 1 },
  ],
};

describe('groupDashboard', () => {
  const dash = groupDashboard(facts, { seats: 10, now })!;

  it('answers "where do things stand?" in four tiles', () => {
    expect(dash.tiles.map((t) => [t.label, t.value])).toEqual([
      ['Uczestnicy', 4],
      ['Zdali test', 1],
      ['Jeszcze się nie zalogowali', 1],
      ['Dni dostępu do końca', 48], // 3 Nov … 20 Dec, both included
    ]);
    expect(dash.tiles[3].hint).toBe('ostatni dzień: 20 grudnia 2026');
  });

  it('counts the states and says so in the summary', () => {
    expect(chartTable(dash.charts[0].spec).rows).toEqual([
      ['Nie zalogowali się', '1'],
      ['Uczą się', '1'],
      ['Zdali test', '1'],
      ['Nie zdali testu', '1'],
    ]);
    expect(dash.charts[0].summary).toContain('Z 4 uczestników: 1 zdało test, 1 go nie zdało');
  });

  it('draws the progress by Warsaw week up to today: lessons done by each Sunday’s end', () => {
    // Weeks of 19 Oct, 26 Oct and 2 Nov; 8 possible lesson completions (4 × 2).
    expect(chartTable(dash.charts[1].spec)).toEqual({
      head: ['Tydzień od poniedziałku', 'Średnio ukończonych lekcji', 'Uczestnicy po wszystkich lekcjach'],
      rows: [
        ['19.10', '12,5 %', '0 %'],
        ['26.10', '37,5 %', '25 %'],
        ['2.11', '37,5 %', '25 %'],
      ],
    });
    expect(dash.charts[1].summary).toBe(
      '3 tygodnie od 19 października 2026 do 3 listopada 2026. Na koniec ostatniego tygodnia uczestnicy mieli ' +
        'ukończone średnio 37,5 % lekcji kursu, a wszystkie lekcje ukończyło 25 % uczestników.',
    );
  });

  it('bins the best scores by 10 points with the pass mark marked', () => {
    const spec = dash.charts[2].spec;
    expect(spec.kind === 'histogram' && spec.marker).toEqual({ at: 60, label: 'Próg zaliczenia 60 %' });
    expect(chartTable(spec).rows.filter((r) => r[1] !== '0')).toEqual([
      ['40–50', '1'],
      ['90–100', '1'],
    ]);
    expect(dash.charts[2].summary).toBe(
      'Test rozwiązało 2 z 4 uczestników; próg zaliczenia to 60 %, zdało 1, nie zdało 1. Średni najlepszy wynik: 67,5 %.',
    );
  });

  it('stops the line at the access end once it is over and has no weeks before access starts', () => {
    const after = groupDashboard(facts, { seats: 10, now: fromWarsaw(2027, 2, 1) })!;
    expect(chartTable(after.charts[1].spec).rows.at(-1)![0]).toBe('14.12');
    expect(after.daysLeft).toBe(0);
    const before = groupDashboard(facts, { seats: 10, now: fromWarsaw(2026, 10, 1) })!;
    expect(chartTable(before.charts[1].spec).rows).toEqual([]);
    expect(before.charts[1].summary).toContain('nie ma tygodni');
  });

  it('is unlimited without an end, and not drawn for an empty group', () => {
    const open = groupDashboard({ ...facts, participants: [person({ endsAt: null })] }, { seats: 1, now })!;
    expect([open.daysLeft, open.tiles[3].value]).toEqual([null, 'bez limitu']);
    expect(groupDashboard({ ...facts, participants: [], completions: [] }, { seats: 5, now })).toBeNull();
  });

  it('puts the same charts and summaries in the final report PDF', async () => {
    const rows = [
      {
        firstName: 'Anna',
        lastName: 'Zielińska',
        login: 'a.z',
        score: 90,
        passed: true,
        date: now,
        certificateNumber: null,
      },
    ];
    const pdf = await finalReportPdf(rows, { companyName: 'Firma', courseTitle: 'BHP', generatedAt: now }, dash);
    if (!hasPdfToText) return;
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const s of [
      'Podsumowanie w liczbach',
      'Uczestnicy według stanu',
      'Wyniki testu końcowego',
      'Próg zaliczenia 60 %',
      'Postępy tydzień po tygodniu',
      'Zielińska',
    ])
      expect(text).toContain(s);
    expect(text).toContain('Dostęp tych kont: jeszcze 48 dni (ostatni dzień: 20 grudnia 2026)');
  });

  it("is in the reader's language: the English report's dashboard has the catalogue's English texts", async () => {
    const en = groupDashboard(facts, { seats: 10, now, locale: 'en' })!;
    // The numbers are the same in every language, only the words change.
    expect(en.counts).toEqual(dash.counts);
    expect(en.charts.map((c) => c.title)).toEqual([
      'Participants by status',
      'Progress week by week',
      'Final test results',
    ]);
    expect(en.lastDay).toBe('20 December 2026');
    expect(en.charts[1].summary).toContain('3 weeks from 19 October 2026 to 3 November 2026.');
    expect(en.charts.map((c) => c.spec.locale)).toEqual(['en', 'en', 'en']);
    expect(chartTable(en.charts[0].spec).rows[0][0]).toBe("Haven't signed in");

    const rows = [
      {
        firstName: 'Anna',
        lastName: 'Zielińska',
        login: 'a.z',
        score: 90,
        passed: true,
        date: now,
        certificateNumber: null,
      },
    ];
    const meta = { companyName: 'Firma', courseTitle: 'BHP', generatedAt: now };
    const pdf = await finalReportPdf(rows, meta, en, 'en');
    if (!hasPdfToText) return;
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const s of [
      'Summary in figures',
      'As of 3 November 2026 (the day the report was built).',
      'Access for these accounts: 48 more days (last day: 20 December 2026).',
      'Participants by status',
      'Final test results',
      'Pass mark 60%',
      'Progress week by week',
      'Week starting Monday',
      'Average lessons completed',
      'Participants with all lessons done',
      'Best score (%)',
      "Haven't signed in",
      'Zielińska', // the people's names as stored
    ])
      expect(text).toContain(s);
    for (const polish of [
      'Podsumowanie',
      'Uczestnicy',
      'Wyniki',
      'Próg',
      'tydzień',
      'Tydzień',
      'Dostęp',
      'zalogowa',
      'listopada',
    ])
      expect(text).not.toContain(polish);
  });

  it("draws the page's two SVGs of each chart ahead of the render, from the same spec", () => {
    const dash = groupDashboard(facts, { seats: 10, now })!;
    const drawn = withPageDrawings(dash)!;
    expect(drawn.tiles).toEqual(dash.tiles);
    for (const [i, c] of drawn.charts.entries()) {
      expect(c.spec).toEqual(dash.charts[i].spec);
      expect(c.drawings!.wide).toBe(renderChartSvg(c.spec, { width: 640 }));
      expect(c.drawings!.narrow).toBe(renderChartSvg(c.spec, { width: 340, fontSize: 11 }));
      expect(c.drawings!.wide).not.toBe(c.drawings!.narrow);
    }
    expect(withPageDrawings(null)).toBeNull();
  });
});

// The ICS feed read back the way a calendar app would: unfolded, unescaped, local times resolved through the
// feed's own VTIMEZONE only, which must give back the sessions' instants on both sides of each DST change.
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { buildIcsFeed, type FeedEvent } from '@/lib/live/calendar/ics';

type Prop = { name: string; params: Record<string, string>; value: string };
type Component = { type: string; props: Prop[]; children: Component[] };

/** RFC 5545 §3.1: lines end in CRLF; a line starting with a space or tab continues the previous one. */
function parse(text: string): Component {
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const root: Component = { type: 'ROOT', props: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[A-Z-]+=[^;:]*)*):(.*)$/.exec(line);
    if (!m) throw new Error(`Not a content line: ${line}`);
    const [, name, rawParams, value] = m;
    if (name === 'BEGIN') {
      const c: Component = { type: value, props: [], children: [] };
      stack.at(-1)!.children.push(c);
      stack.push(c);
    } else if (name === 'END') {
      expect(stack.pop()!.type).toBe(value);
    } else {
      const params = Object.fromEntries(
        rawParams
          .split(';')
          .filter(Boolean)
          .map((p) => p.split('=') as [string, string]),
      );
      stack.at(-1)!.props.push({ name, params, value });
    }
  }
  expect(stack).toHaveLength(1);
  return root.children[0];
}
const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);
const value = (c: Component, name: string) => prop(c, name)?.value;
const unescapeText = (s: string) => s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

type Rule = { from: number; to: number; start: string; month: number };
/** The VTIMEZONE's observances as rules (BYDAY=-1SU of a month, at the DTSTART's wall time). */
function rulesOf(tz: Component): Rule[] {
  const offset = (s: string) => (s[0] === '-' ? -1 : 1) * (Number(s.slice(1, 3)) * 60 + Number(s.slice(3, 5)));
  return tz.children.map((o) => {
    const rrule = value(o, 'RRULE')!;
    expect(rrule).toMatch(/^FREQ=YEARLY;BYMONTH=\d+;BYDAY=-1SU$/);
    return {
      from: offset(value(o, 'TZOFFSETFROM')!),
      to: offset(value(o, 'TZOFFSETTO')!),
      start: value(o, 'DTSTART')!,
      month: Number(/BYMONTH=(\d+)/.exec(rrule)![1]),
    };
  });
}
/** The instant (ms) of a rule's change in `year`: the last Sunday of the month at DTSTART's local time. */
function changeAt(rule: Rule, year: number): number {
  const lastDay = Temporal.PlainDate.from({ year, month: rule.month, day: 1 }).add({ months: 1 }).subtract({ days: 1 });
  const sunday = lastDay.subtract({ days: lastDay.dayOfWeek % 7 });
  const hh = Number(rule.start.slice(9, 11));
  const mm = Number(rule.start.slice(11, 13));
  return Date.UTC(sunday.year, sunday.month - 1, sunday.day, hh, mm) - rule.from * 60_000;
}
/** The offset (minutes) in force at an instant: set by the year's latest change before it, else last year's. */
function offsetAt(ms: number, rules: Rule[]): number {
  const year = new Date(ms).getUTCFullYear();
  const changes = rules.map((r) => ({ at: changeAt(r, year), to: r.to })).sort((a, b) => a.at - b.at);
  return changes.filter((c) => c.at <= ms).at(-1)?.to ?? changes.at(-1)!.to;
}
/** A local DATE-TIME with TZID resolved through the parsed VTIMEZONE alone (what a client does). */
function resolve(local: string, rules: Rule[]): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(local)!;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  const fits = [...new Set(rules.map((r) => r.to))].filter((o) => offsetAt(wall - o * 60_000, rules) === o);
  expect(fits).toHaveLength(1); // the test's times are neither in the gap nor in the repeated hour
  return new Date(wall - fits[0] * 60_000);
}

const at = (iso: string) => new Date(iso);
const session = (uid: string, start: string, end: string, extra: Partial<FeedEvent> = {}): FeedEvent => ({
  uid,
  startsAt: at(start),
  endsAt: at(end),
  title: 'Matematyka — grupa A',
  ...extra,
});
const events: FeedEvent[] = [
  session('live-session-1@planeta', '2026-03-24T16:00:00Z', '2026-03-24T17:40:00Z'), // before 29 Mar 2026: CET
  session('live-session-2@planeta', '2026-03-31T15:00:00Z', '2026-03-31T16:40:00Z'), // after: CEST
  session('live-session-3@planeta', '2026-10-20T15:00:00Z', '2026-10-20T16:40:00Z'), // before 25 Oct 2026: CEST
  session('live-session-4@planeta', '2026-10-27T16:00:00Z', '2026-10-27T17:40:00Z', { cancelled: true }), // CET
  session('live-session-5@planeta', '2027-03-23T16:00:00Z', '2027-03-23T17:40:00Z'), // before 28 Mar 2027
  session('live-session-6@planeta', '2027-03-30T15:00:00Z', '2027-03-30T16:40:00Z'), // after
  session('live-session-7@planeta', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'), // 02:30 CEST → 02:30 CET
];
const now = at('2026-03-01T08:00:00Z');
const feed = () => buildIcsFeed({ name: 'Zajęcia Zosi', events, now });

describe('the ICS feed in Europe/Warsaw', () => {
  const cal = parse(feed());
  const vevents = cal.children.filter((c) => c.type === 'VEVENT');
  const tz = cal.children.find((c) => c.type === 'VTIMEZONE')!;

  it('is a VCALENDAR 2.0 with the name and a VTIMEZONE for Europe/Warsaw before its events', () => {
    expect(cal.type).toBe('VCALENDAR');
    expect(value(cal, 'VERSION')).toBe('2.0');
    expect(value(cal, 'X-WR-CALNAME')).toBe('Zajęcia Zosi');
    expect(value(tz, 'TZID')).toBe('Europe/Warsaw');
    expect(tz.children.map((c) => `${c.type} ${value(c, 'TZNAME')}`)).toEqual(['DAYLIGHT CEST', 'STANDARD CET']);
    expect(cal.children.indexOf(tz)).toBeLessThan(cal.children.indexOf(vevents[0]));
    expect(vevents).toHaveLength(events.length);
  });

  it('its VTIMEZONE changes the clocks exactly when the tz database does, 2026–2040', () => {
    const rules = rulesOf(tz);
    for (let year = 2026; year <= 2040; year++) {
      const jan = Temporal.ZonedDateTime.from({ year, month: 1, day: 1, timeZone: 'Europe/Warsaw' });
      const spring = jan.getTimeZoneTransition('next')!;
      const autumn = spring.getTimeZoneTransition('next')!;
      expect([changeAt(rules[0], year), changeAt(rules[1], year)]).toEqual([
        spring.epochMilliseconds,
        autumn.epochMilliseconds,
      ]);
      expect(rules.map((r) => r.to)).toEqual([spring.offsetNanoseconds / 6e10, autumn.offsetNanoseconds / 6e10]);
    }
  });

  it.each([
    ['live-session-1@planeta', '20260324T170000', '20260324T184000'],
    ['live-session-2@planeta', '20260331T170000', '20260331T184000'],
    ['live-session-3@planeta', '20261020T170000', '20261020T184000'],
    ['live-session-4@planeta', '20261027T170000', '20261027T184000'],
    ['live-session-5@planeta', '20270323T170000', '20270323T184000'],
    ['live-session-6@planeta', '20270330T170000', '20270330T184000'],
  ])('%s is at 17:00–18:40 Warsaw time on both sides of the DST change', (uid, start, end) => {
    const e = vevents.find((v) => value(v, 'UID') === uid)!;
    expect(prop(e, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/Warsaw' }, value: start });
    expect(prop(e, 'DTEND')).toEqual({ name: 'DTEND', params: { TZID: 'Europe/Warsaw' }, value: end });
  });

  it('every local time resolves through the VTIMEZONE back to the session’s instant', () => {
    const rules = rulesOf(tz);
    for (const e of events.slice(0, 6)) {
      const v = vevents.find((x) => value(x, 'UID') === e.uid)!;
      expect(resolve(value(v, 'DTSTART')!, rules).toISOString()).toBe(e.startsAt.toISOString());
      expect(resolve(value(v, 'DTEND')!, rules).toISOString()).toBe(e.endsAt.toISOString());
    }
  });

  it('cancelled events stay in the feed as STATUS:CANCELLED, the others are CONFIRMED', () => {
    expect(vevents.map((v) => `${value(v, 'UID')} ${value(v, 'STATUS')}`)).toEqual(
      events.map((e) => `${e.uid} ${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`),
    );
  });

  it('the same data gives the same bytes (stable UIDs, DTSTAMP in UTC from `now`, not the clock)', () => {
    expect(feed()).toBe(feed());
    expect(vevents.map((v) => value(v, 'DTSTAMP'))).toEqual(events.map(() => '20260301T080000Z'));
    const changed = buildIcsFeed({ name: 'x', events: [{ ...events[0], updatedAt: at('2026-03-02T09:30:00Z') }] });
    expect(changed).toContain('DTSTAMP:20260302T093000Z');
  });
});

describe('text is escaped and folded', () => {
  const title = 'Polski; grupa 2, poziom A\\B';
  const description = 'Zajęcia odwołane.\nSzczegóły: ' + 'żółć '.repeat(30);
  const location = 'ul. Długa 5, 00-001 Warszawa';
  const cal = parse(
    buildIcsFeed({
      name: 'Kalendarz; zajęcia, Planeta',
      now,
      events: [
        session('x@planeta', '2026-11-03T16:00:00Z', '2026-11-03T17:40:00Z', {
          title,
          description,
          location,
          url: 'https://planeta.example/zajecia/abc?x=1;2,3',
        }),
      ],
    }),
  );
  const e = cal.children.find((c) => c.type === 'VEVENT')!;

  it.each([
    ['SUMMARY', title],
    ['DESCRIPTION', description],
    ['LOCATION', location],
  ])('%s round-trips', (name, text) => {
    expect(unescapeText(value(e, name)!)).toBe(text);
  });

  it('the calendar name is escaped too', () => {
    expect(value(cal, 'X-WR-CALNAME')).toBe('Kalendarz\\; zajęcia\\, Planeta');
  });

  it('a URL is a URI, not TEXT: its separators are percent-encoded, never backslashed', () => {
    expect(value(e, 'URL')).toBe('https://planeta.example/zajecia/abc?x=1%3B2%2C3');
  });

  it.each([[''], ['a\r\nBEGIN:VEVENT']])('a UID %j is refused as a bug', (uid) => {
    expect(() => buildIcsFeed({ name: 'x', now, events: [{ ...events[0], uid }] })).toThrow(/UID/);
  });
});

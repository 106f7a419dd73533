// Polish business days for KSeF's offline deadlines: Monday to Friday except the statutory
// holidays of the Act of 18 January 1951 on public holidays (ustawa o dniach wolnych od pracy,
// art. 1, with Christmas Eve since 2025). A short fixed list, so no calendar package is needed.

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** A calendar day as "YYYY-MM-DD" (no time zone: the caller says whose calendar it is). */
export type DayKey = string;

const key = (y: number, m: number, d: number): DayKey =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The day `n` days after `day` (negative: before). */
export function addDays(day: DayKey, n: number): DayKey {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return key(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Art. 1 of the holidays act: the fixed days and those that move with Easter. */
export function polishHolidays(year: number): Set<DayKey> {
  const fixed: [number, number][] = [
    [1, 1], // Nowy Rok
    [1, 6], // Trzech Króli (since 2011)
    [5, 1], // Święto Państwowe
    [5, 3], // Święto Narodowe Trzeciego Maja
    [8, 15], // Wniebowzięcie Najświętszej Maryi Panny
    [11, 1], // Wszystkich Świętych
    [11, 11], // Narodowe Święto Niepodległości
    [12, 25], // pierwszy dzień Bożego Narodzenia
    [12, 26], // drugi dzień Bożego Narodzenia
  ];
  if (year >= 2025) fixed.push([12, 24]); // Wigilia Bożego Narodzenia (act of 6 December 2024)
  const days = new Set(fixed.map(([m, d]) => key(year, m, d)));
  const e = easterSunday(year);
  const easter = key(year, e.month, e.day);
  for (const offset of [0, 1, 49, 60]) days.add(addDays(easter, offset)); // Easter, Easter Monday, Pentecost, Corpus Christi
  return days;
}

/** Monday to Friday and not a statutory holiday. */
export function isBusinessDay(day: DayKey): boolean {
  const [y, m, d] = day.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !polishHolidays(y).has(day);
}

/** The first business day after `day`. */
export function nextBusinessDay(day: DayKey): DayKey {
  let next = addDays(day, 1);
  while (!isBusinessDay(next)) next = addDays(next, 1);
  return next;
}

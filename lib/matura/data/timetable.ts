// CKE's May timetable of the written matura as a pattern of exam days (issue 23, Z1–Z6: the rooms
// and teams are planned per session). Modelled on the 2023–2026 timetables (cke.edu.pl
// "Harmonogram egzaminu maturalnego"): Polish, mathematics and English at the basic level on the
// first three days at 9:00, extended levels after, a second exam at 14:00. CKE publishes the real
// timetable in August of the year before: staff check the seeded rows against it.
export type TimetableSlot = {
  /** The exam day: 0 = the first working day on or after 4 May (lib/matura/rules/timetable.ts). */
  day: number;
  /** Warsaw wall-clock time. */
  time: '09:00' | '14:00';
  subject: string;
  part: 'written';
  level: 'basic' | 'extended' | 'bilingual';
};

const at = (
  day: number,
  time: TimetableSlot['time'],
  subject: string,
  level: TimetableSlot['level'],
): TimetableSlot => ({
  day,
  time,
  subject,
  part: 'written',
  level,
});

export const MAY_TIMETABLE: readonly TimetableSlot[] = [
  at(0, '09:00', 'polish', 'basic'),
  at(1, '09:00', 'mathematics', 'basic'),
  at(2, '09:00', 'english', 'basic'),
  at(3, '09:00', 'english', 'extended'),
  at(3, '14:00', 'english', 'bilingual'),
  at(4, '09:00', 'biology', 'extended'),
  at(4, '14:00', 'philosophy', 'extended'),
  at(5, '09:00', 'mathematics', 'extended'),
  at(5, '14:00', 'latin', 'extended'),
  at(6, '09:00', 'polish', 'extended'),
  at(6, '14:00', 'musicHistory', 'extended'),
  at(7, '09:00', 'chemistry', 'extended'),
  at(7, '14:00', 'artHistory', 'extended'),
  at(8, '09:00', 'german', 'basic'),
  at(8, '14:00', 'german', 'extended'),
  at(9, '09:00', 'geography', 'extended'),
  at(9, '14:00', 'french', 'basic'),
  at(10, '09:00', 'history', 'extended'),
  at(10, '14:00', 'spanish', 'basic'),
  at(11, '09:00', 'informatyka', 'extended'),
  at(11, '14:00', 'russian', 'basic'),
  at(12, '09:00', 'physics', 'extended'),
  at(12, '14:00', 'civics', 'extended'),
  at(13, '09:00', 'french', 'extended'),
  at(13, '14:00', 'italian', 'basic'),
  at(14, '09:00', 'spanish', 'extended'),
  at(14, '14:00', 'russian', 'extended'),
  at(15, '09:00', 'italian', 'extended'),
  at(15, '14:00', 'ukrainian', 'basic'),
];

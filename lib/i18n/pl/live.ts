// Texts of live classes (issue 18): the refusal codes of lib/live/rules (keys are the rules' own codes,
// so `live.schedule.${reason}` is a catalogue key) and the reasons a day has no class.
import { pluralPl } from '@/lib/format/plural';

const hours = (n: number) => `${n} ${pluralPl(n, 'godzinę', 'godziny', 'godzin')}`;

export const live = {
  /** Refusals of a weekly schedule (generateSessions) and of a school break (checkDayOff). */
  schedule: {
    'end-before-start': 'Data zakończenia nie może być wcześniejsza niż data rozpoczęcia.',
    'bad-time': 'Podaj godzinę rozpoczęcia w formacie GG:MM, np. 17:00.',
    'bad-duration':
      'Czas trwania zajęć musi być liczbą minut większą od zera i nie dłuższą niż 8 godzin, a przerwa krótsza niż zajęcia.',
    'too-many': 'Ten harmonogram dałby więcej niż 400 zajęć — sprawdź daty rozpoczęcia i zakończenia.',
  },
  /** Why a day of the schedule has no class (SkippedDay.reason), shown before the day's name. */
  skipped: {
    holiday: 'Święto',
    break: 'Przerwa',
  },
  /** Refusals of moving one session (checkMove, teacherConflicts). */
  move: {
    'end-before-start': 'Koniec zajęć musi być później niż ich początek.',
    'bad-duration': 'Zajęcia mogą trwać najwyżej 8 godzin.',
    'in-the-past': 'Nowy termin zajęć musi być w przyszłości.',
    'already-started': 'Te zajęcia już się zaczęły — nie można ich przenieść.',
    'teacher-conflict': (when: string) => `Prowadzący ma w tym czasie inne zajęcia (${when}).`,
  },
  /** Refusals of a group's or session's capacity (checkCapacity). */
  capacity: {
    'bad-capacity': 'Liczba miejsc i minimalna liczba uczestników muszą być liczbami całkowitymi większymi od zera.',
    'min-above-capacity': 'Minimalna liczba uczestników nie może być większa niż liczba miejsc.',
    'below-booked': (booked: number) =>
      `Na zajęcia zapisano już ${booked} ${pluralPl(booked, 'osobę', 'osoby', 'osób')} — liczba miejsc nie może być mniejsza.`,
  },
  /** Refusals and notices of the time windows (lib/live/rules/windows.ts). */
  windows: {
    cancelClosed: (cutoffHours: number) =>
      `Z zajęć można zrezygnować najpóźniej na ${hours(cutoffHours)} przed ich rozpoczęciem.`,
    joinNotYet: (opensAt: string) => `Pokój zajęć otworzy się ${opensAt}, 15 minut przed rozpoczęciem.`,
    joinEnded: 'Te zajęcia już się zakończyły.',
    makeUpFree: (deadline: string) => `Odrobienie tych zajęć jest bezpłatne, jeśli zapiszesz się do ${deadline}.`,
    makeUpCharged:
      'Termin bezpłatnego odrobienia minął (do końca dnia następującego po opuszczonych zajęciach) — odrobienie jest płatne jak pojedyncze zajęcia.',
    recordingUntil: (until: string) => `Nagranie jest dostępne do ${until}.`,
    recordingGone: 'Nagranie było dostępne przez 30 dni od zakończenia zajęć i zostało usunięte.',
  },
};

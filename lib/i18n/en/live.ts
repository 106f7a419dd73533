// English catalogue: live classes (refusal codes of lib/live/rules, reasons a day has no class).
// Mirrors lib/i18n/pl/live.ts key for key.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

const hours = (n: number) => `${n} ${pluralEn(n, 'hour', 'hours')}`;

export const live: Messages['live'] = {
  schedule: {
    'end-before-start': "The end date can't be earlier than the start date.",
    'bad-time': 'Enter the start time in the format HH:MM, e.g. 17:00.',
    'bad-duration':
      'The class length must be a number of minutes greater than zero and no longer than 8 hours, and the break shorter than the class.',
    'too-many': 'This schedule would create more than 400 classes — check the start and end dates.',
  },
  skipped: {
    holiday: 'Public holiday',
    break: 'Break',
  },
  move: {
    'end-before-start': 'The class must end after it starts.',
    'bad-duration': 'A class can last at most 8 hours.',
    'in-the-past': 'The new class time must be in the future.',
    'already-started': "This class has already started — it can't be moved.",
    'teacher-conflict': (when: string) => `The teacher has another class at this time (${when}).`,
  },
  capacity: {
    'bad-capacity':
      'The number of places and the minimum number of participants must be whole numbers greater than zero.',
    'min-above-capacity': "The minimum number of participants can't be greater than the number of places.",
    'below-booked': (booked: number) =>
      `${booked} ${pluralEn(booked, 'person has', 'people have')} already booked the class — the number of places can't be lower.`,
  },
  windows: {
    cancelClosed: (cutoffHours: number) =>
      `You can cancel a class booking no later than ${hours(cutoffHours)} before it starts.`,
    joinNotYet: (opensAt: string) => `The class room opens ${opensAt}, 15 minutes before the start.`,
    joinEnded: 'This class has already ended.',
    makeUpFree: (deadline: string) => `Making up this class is free if you book by ${deadline}.`,
    makeUpCharged:
      'The deadline for a free make-up has passed (the end of the day after the missed class) — a make-up is charged as a single class.',
    recordingUntil: (until: string) => `The recording is available until ${until}.`,
    recordingGone: 'The recording was available for 30 days after the class ended and has been deleted.',
  },
};

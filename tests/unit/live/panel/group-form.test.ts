// The group form's fields parsed into the engine's NewLiveGroup: numbers, the place and room
// choices, the records checkbox; a stationary group without an address is refused beside the field.
import { describe, expect, it } from 'vitest';
import { UserError } from '@/lib/errors';
import { groupFormSchema, toNewGroup } from '@/lib/live/panel/group-form';

const form = (over: Record<string, string> = {}) => ({
  programme: 'matplaneta-live-3',
  title: 'Matematyka 3',
  teacherId: 't1',
  capacity: '12',
  minParticipants: '6',
  cancelCutoffHours: '12',
  weekday: '2',
  startTime: '17:00',
  durationMinutes: '100',
  breakMinutes: '10',
  firstDay: '2027-01-05',
  lastDay: '2027-02-23',
  ...over,
});

const parse = (over?: Record<string, string>) => groupFormSchema().parse(form(over));

describe('toNewGroup', () => {
  it('reads an on-line BBB group with its weekly schedule', () => {
    const g = toNewGroup(parse());
    expect(g).toMatchObject({
      capacity: 12,
      minParticipants: 6,
      place: null,
      roomKind: 'BBB',
      externalUrl: null,
      records: false,
      bookingMode: 'MEMBERS',
      courseId: null,
      schedule: { weekday: 2, startTime: '17:00', durationMinutes: 100, breakMinutes: 10, firstDay: '2027-01-05' },
    });
  });

  it.each([
    [{ placeKind: 'stationary', place: 'ul. Długa 1, Gdańsk' }, { place: 'ul. Długa 1, Gdańsk' }],
    [{ placeKind: 'online', place: 'ignored' }, { place: null }],
    [
      { roomKind: 'EXTERNAL', externalUrl: 'https://meet.google.com/abc' },
      { externalUrl: 'https://meet.google.com/abc' },
    ],
    [{ roomKind: 'BBB', externalUrl: 'https://x' }, { externalUrl: null }],
    [
      { records: 'on', bookingMode: 'OPEN', courseId: 'c1' },
      { records: true, bookingMode: 'OPEN', courseId: 'c1' },
    ],
  ])('%j → %j', (over, expected) => expect(toNewGroup(parse(over))).toMatchObject(expected));

  it('refuses a stationary group without an address, beside the address', () => {
    const e = (() => {
      try {
        toNewGroup(parse({ placeKind: 'stationary', place: '' }));
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(UserError);
    expect(Object.keys((e as UserError).fieldCodes ?? {})).toEqual(['place']);
  });

  it.each<Record<string, string>>([{ capacity: 'abc' }, { weekday: '8' }, { firstDay: '5.01.2027' }, { title: '  ' }])(
    'the schema refuses %j',
    (over) => expect(groupFormSchema().safeParse(form(over)).success).toBe(false),
  );
});

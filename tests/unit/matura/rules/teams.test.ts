import { describe, expect, it } from 'vitest';
import {
  requiredMembers,
  sessionConflicts,
  teamWarnings,
  TEAM_RULES,
  type RoomSession,
  type TeamMember,
} from '@/lib/matura/rules/teams';
import { text } from '@/lib/i18n';

const chair: TeamMember = { teacherId: 'chair', role: 'chair', external: false, subjects: ['history'] };
const guest: TeamMember = { teacherId: 'guest', role: 'member', external: true, subjects: ['physics'] };
const own = (id: string, subjects: string[] = ['biology']): TeamMember => ({
  teacherId: id,
  role: 'member',
  external: false,
  subjects,
});
const room = (members: TeamMember[], extra: Partial<RoomSession> = {}): RoomSession => ({
  roomId: 'r1',
  sessionId: 'mathematics-basic',
  subject: 'mathematics',
  part: 'written',
  students: 30,
  members,
  ...extra,
});
const codes = (r: RoomSession, rules = TEAM_RULES) => teamWarnings(r, rules).map((w) => [w.rule, w.code, w.teacherId]);

describe('requiredMembers (Z1, Z2: 3, plus one per 25 students above 30)', () => {
  it.each([
    [1, 3],
    [30, 3],
    [31, 4],
    [55, 4],
    [56, 5],
    [80, 5],
    [81, 6],
    [130, 7],
  ])('%i students → %i members', (students, need) => {
    expect(requiredMembers(students)).toBe(need);
  });

  it.each([
    [5, 2],
    [6, 3],
  ])('Z3 when configured: %i students → %i', (students, need) => {
    expect(requiredMembers(students, { ...TEAM_RULES, smallRoom: { maxStudents: 5, minMembers: 2 } })).toBe(need);
  });
});

describe('teamWarnings (Z1–Z5): one warning per broken rule', () => {
  it('a chair from the school, a guest and a third member pass for 30 students', () => {
    expect(codes(room([chair, guest, own('t3')]))).toEqual([]);
  });

  it.each([
    ['Z1: two members', room([chair, guest]), [['Z1', { code: 'matura.teams.tooFew', params: [2, 3] }, undefined]]],
    [
      'Z2: three members for 31 students',
      room([chair, guest, own('t3')], { students: 31 }),
      [['Z2', { code: 'matura.teams.tooFew', params: [3, 4] }, undefined]],
    ],
    ['Z1: no chair', room([own('t1'), guest, own('t3')]), [['Z1', 'matura.teams.noChair', undefined]]],
    [
      'Z1: two chairs',
      room([chair, { ...own('t2'), role: 'chair' }, guest]),
      [['Z1', 'matura.teams.twoChairs', undefined]],
    ],
    [
      'Z1: an external chair',
      room([{ ...guest, role: 'chair' }, own('t2'), { ...guest, teacherId: 'g2' }]),
      [['Z1', 'matura.teams.chairExternal', 'guest']],
    ],
    [
      'Z1: nobody from another school',
      room([chair, own('t2'), own('t3')]),
      [['Z1', 'matura.teams.noExternal', undefined]],
    ],
    [
      'Z4: a teacher of the examined subject',
      room([chair, guest, own('t3', ['mathematics', 'physics'])]),
      [['Z4', 'matura.teams.teachesSubject', 't3']],
    ],
    [
      'a teacher listed twice counts once',
      room([chair, guest, guest]),
      [['Z1', { code: 'matura.teams.tooFew', params: [2, 3] }, undefined]],
    ],
  ] as const)('%s', (_name, r, expected) => {
    expect(codes(r)).toEqual(expected);
  });

  it('names every broken rule of an empty team', () => {
    expect(codes(room([], { students: 60 }))).toEqual([
      ['Z1', { code: 'matura.teams.tooFew', params: [0, 5] }, undefined],
      ['Z1', 'matura.teams.noChair', undefined],
      ['Z1', 'matura.teams.noExternal', undefined],
    ]);
  });

  it('Z3 only when the small-room rule is configured', () => {
    const small = room([chair, guest], { students: 4 });
    expect(codes(small)).toEqual([['Z1', { code: 'matura.teams.tooFew', params: [2, 3] }, undefined]]);
    expect(codes(small, { ...TEAM_RULES, smallRoom: { maxStudents: 5, minMembers: 2 } })).toEqual([]);
    expect(
      codes(room([chair], { students: 4 }), { ...TEAM_RULES, smallRoom: { maxStudents: 5, minMembers: 2 } })[0][0],
    ).toBe('Z3');
  });

  it.each([
    // Z5: an oral team of at least two, a chair from the school, a guest, a teacher of the subject
    ['passes', [{ ...chair, subjects: ['english'] }, guest], []],
    [
      'one person',
      [{ ...chair, subjects: ['english'] }],
      [
        ['Z5', { code: 'matura.teams.tooFew', params: [1, 2] }, undefined],
        ['Z5', 'matura.teams.noExternal', undefined],
      ],
    ],
    ['no teacher of the subject', [chair, guest], [['Z5', 'matura.teams.noSubjectTeacher', undefined]]],
  ] as const)('oral team: %s', (_name, members, expected) => {
    expect(codes(room([...members], { part: 'oral', subject: 'english', students: 1 }))).toEqual(expected);
  });

  it('every warning has its text', () => {
    for (const w of teamWarnings(room([], { students: 99 }))) expect(text(w.code)).not.toMatch(/^matura\./);
    expect(text({ code: 'matura.teams.tooFew', params: [2, 5] })).toBe(
      'W zespole są 2 osoby, a potrzeba co najmniej 5 osób.',
    );
  });
});

describe('sessionConflicts: one teacher, two rooms of one session', () => {
  it('warns on the second room, not across sessions', () => {
    const rooms = [
      room([chair, guest], { roomId: 'a' }),
      room([own('t9'), guest], { roomId: 'b' }),
      room([guest], { roomId: 'c', sessionId: 'english-basic' }),
    ];
    expect(sessionConflicts(rooms)).toEqual([
      { rule: 'rooms', code: 'matura.teams.twoRooms', teacherId: 'guest', roomId: 'b' },
    ]);
  });
});

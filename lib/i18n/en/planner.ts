// English catalogue: the matura planner's frame (tabs, overview, licence banner). Mirrors lib/i18n/pl/planner.ts key for key.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

const students = (n: number) => `${n} ${pluralEn(n, 'student', 'students')}`;
const days = (n: number) => `${n} ${pluralEn(n, 'day', 'days')}`;

export const planner: Messages['planner'] = {
  title: 'Matura planner',
  open: 'Open the matura planner',
  tabs: {
    overview: 'Overview',
    students: 'Students',
    summaries: 'Summaries',
    rooms: 'Rooms and teams',
    teachers: 'Teachers',
    printouts: 'Printouts and exports',
    school: 'School and staff',
    licence: 'Licence',
  },
  tabsLabel: 'Planner sections',
  overview: {
    intro: (year: number) =>
      `The ${year} matura plan: students and their declarations, summaries for the OKE, rooms and supervising teams, and printouts.`,
    students: 'Students on the list',
    classes: 'Classes',
    complete: 'Complete declarations',
    withErrors: 'Declarations with errors',
    empty: 'No declaration',
    unchecked: 'Not checked against paper',
    deadline: (day: string) => `Declaration deadline: ${day}.`,
    locked: (day: string) =>
      `The declaration deadline passed on ${day}: changes only after the head teacher unlocks them.`,
    next: 'What next',
    steps: [
      'Enter the students or import their list from a file (Students tab).',
      "Fill in each student's declaration and check it against the paper declaration.",
      'Check the summaries — you order the numbers of students per subject and level from the OKE.',
      'Add rooms and teachers, set up supervising teams; the head teacher approves them.',
      'Download the printouts: declarations for signing, room lists, team appointments.',
    ],
    dashboard: {
      tilesLabel: 'Preparations in numbers',
      classesHint: (n: number) => `${n} ${pluralEn(n, 'class', 'classes')}`,
      uncheckedHint: 'declarations to compare with the paper ones',
      checked: 'Checked against paper',
      checkedHint: (checked: number, all: number) => `${checked} of ${all} students`,
      daysLeft: 'Until the declaration deadline',
      daysLeftValue: (n: number) => (n === 0 ? 'today' : days(n)),
      daysLeftHint: (day: string) => `last day: ${day}`,
      daysPassed: 'Deadline passed',
      daysPassedHint: (day: string) => `the last day was ${day}`,
      ofStudents: (n: number, all: number) =>
        all === 0 ? 'no students' : `${Math.round((100 * n) / all)}% of students`,
      subjects: {
        title: 'Students per subject and level (written parts)',
        valueLabel: 'Students',
        categoryLabel: 'Exam',
        summary: (exams: number, top: string, topStudents: number) =>
          `${exams} ${pluralEn(exams, 'written exam', 'written exams')} to order from the OKE; the most students take ${top} (${topStudents}).`,
        none: 'Nobody has declared a written exam yet: the numbers to order from the OKE will appear here with the first declaration.',
        more: 'All the numbers, including oral parts and classes: Summaries',
      },
      declarations: {
        title: 'State of declarations',
        valueLabel: 'Students',
        categoryLabel: 'State',
        summary: (all: number, complete: number, withErrors: number, empty: number, checked: number) =>
          `Of ${students(all)}: ${complete} with a complete declaration, ${withErrors} with errors, ${empty} without a declaration; ${checked} checked against the paper declaration.`,
        none: 'There are no students on the list yet.',
      },
      teams: {
        title: 'Rooms and supervising teams',
        intro: 'Sessions the school has candidates for, and what is still missing in rooms and teams (rules Z1–Z5).',
        chartTitle: 'Supervising teams in rooms',
        noRooms: 'No room has an exam session assigned yet: add rooms and their sessions on the Rooms and teams tab.',
        valueLabel: 'Rooms in sessions',
        categoryLabel: 'Team state',
        ready: 'Team without remarks',
        withWarnings: 'Team with remarks',
        noTeam: 'No team',
        summary: (roomSessions: number, ready: number, withWarnings: number, noTeam: number) =>
          `${roomSessions} ${pluralEn(roomSessions, 'room', 'rooms')} in sessions: ${ready} with a team without remarks, ${withWarnings} with remarks, ${noTeam} without a team.`,
        allReady: 'Every session with candidates has a room, everyone has a seat and the teams have no remarks.',
        noSessions: "Nobody has declared an exam that is in CKE's timetable yet.",
        attention: (n: number) => `${n} ${pluralEn(n, 'session needs', 'sessions need')} attention`,
        listLabel: 'Sessions needing attention',
        columns: {
          session: 'Session',
          declared: 'Candidates',
          seated: 'With a seat in a room',
          remaining: 'What is left to do',
        },
        noRoom: 'No room has this session yet.',
        unseated: (n: number) => `${students(n)} without a seat in a room.`,
        openRooms: 'Go to the rooms',
      },
      sessions: 'Sessions with candidates',
      sessionsHint: (ready: number) => `${ready} without remarks`,
      noTeam: 'The room has no supervising team.',
    },
  },
  banner: {
    restricted: (number: string, amount: string, deadline: string) =>
      `Licence unpaid: you can work, but printouts and exports are blocked until the payment of ${amount} for pro forma invoice ${number} is booked (due ${deadline}).`,
    readOnly:
      'The licence has expired: you can view and export the data until it is deleted; changes are not possible.',
    blocked: "Access to the planner is blocked: the order wasn't paid on time or the school's data was deleted.",
    pay: 'How to pay',
  },
  access: {
    blocked: "Access to this school's planner is blocked.",
    readOnly: 'The licence has expired: the data can only be viewed and exported.',
    directorOnly: 'Only the head teacher can do this.',
  },
};

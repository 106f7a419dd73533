// English catalogue: the company admin's group dashboard (tiles, charts, the final report's page of
// charts). Mirrors lib/i18n/pl/groups-dashboard.ts key for key; assembled under groups.dashboard.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';
import { formatPercent } from '@/lib/format/percent';

const countFmt = new Intl.NumberFormat('en-GB');
const count = (n: number) => countFmt.format(n);
const people = (n: number) => `${count(n)} ${pluralEn(n, 'participant', 'participants')}`;
const pct = (n: number) => formatPercent(n, 'en');

export const groupsDashboard: Messages['groups']['dashboard'] = {
  heading: 'How the group is doing',
  intro: "As of today — we've done the maths for you; each person's details are in the table below.",
  tilesLabel: "The group's key figures",
  tiles: {
    participants: 'Participants',
    participantsHint: (seats: number) => `of ${count(seats)} seats bought`,
    passed: 'Passed the test',
    passedHint: (n: number, of: number) => `${pct(of > 0 ? Math.round((n / of) * 1000) / 10 : 0)} of participants`,
    notLoggedIn: "Haven't signed in yet",
    notLoggedInHint: 'worth reminding them about their access',
    notLoggedInNone: 'everyone has started',
    daysLeft: 'Days of access left',
    daysLeftHint: (lastDay: string) => `last day: ${lastDay}`,
    unlimited: 'no limit',
    unlimitedHint: "access doesn't expire",
    ended: 'access has expired',
  },
  states: {
    notLoggedIn: "Haven't signed in",
    learning: 'Learning',
    passed: 'Passed the test',
    failed: 'Failed the test',
  },
  stateChart: {
    title: 'Participants by status',
    valueLabel: 'Participants',
    categoryLabel: 'Status',
    summary: (total: number, c: { notLoggedIn: number; learning: number; passed: number; failed: number }) =>
      `Of ${people(total)}: ${count(c.passed)} passed the test, ${count(c.failed)} failed it ` +
      `(no passing attempt), ${count(c.learning)} ${c.learning === 1 ? 'is' : 'are'} learning (signed in, test not ` +
      `taken yet), ${count(c.notLoggedIn)} ${c.notLoggedIn === 1 ? "hasn't" : "haven't"} signed in yet.`,
  },
  progressChart: {
    title: 'Progress week by week',
    xLabel: 'Week starting Monday',
    yLabel: 'Share',
    averageSeries: 'Average lessons completed',
    allDoneSeries: 'Participants with all lessons done',
    summary: (weeks: number, from: string, to: string, average: number, allDone: number) =>
      `${count(weeks)} ${pluralEn(weeks, 'week', 'weeks')} from ${from} to ${to}. ` +
      `By the end of the last week, participants had completed on average ${pct(average)} of the course's lessons, ` +
      `and ${pct(allDone)} of participants had completed all lessons.`,
    empty: "Access hasn't started yet — there are no weeks to show.",
  },
  scoreChart: {
    title: 'Final test results',
    xLabel: 'Best score (%)',
    yLabel: 'Participants',
    passMark: (mark: number) => `Pass mark ${pct(mark)}`,
    summary: (tested: number, total: number, passed: number, mark: number, average: number) =>
      `${count(tested)} of ${people(total)} took the test; the pass mark is ${pct(mark)}, ` +
      `${count(passed)} passed, ${count(tested - passed)} failed. ` +
      `Average best score: ${pct(average)}.`,
    none: (total: number, mark: number) =>
      `None of the ${people(total)} has taken the final test yet (pass mark: ${pct(mark)}).`,
  },
  report: {
    heading: 'Summary in figures',
    asOf: (day: string) => `As of ${day} (the day the report was built).`,
    daysLeft: (n: number, lastDay: string) =>
      `Access for these accounts: ${count(n)} more ${pluralEn(n, 'day', 'days')} (last day: ${lastDay}).`,
    ended: (lastDay: string) => `Access for these accounts has expired (last day: ${lastDay}).`,
    unlimited: "Access for these accounts doesn't expire.",
  },
};

// The page models of /panel/zajecia on a real database: the schedule preview skips a school break
// staff added, the week shows a teacher only their own sessions and staff every group with the
// ones below minimum marked, the group page counts seats and the waiting list, a person is found
// by login or e-mail.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { addDayOff, createLiveGroup } from '@/lib/live/groups/create';
import { addMember } from '@/lib/live/groups/members';
import { previewSchedule } from '@/lib/live/panel/group-form';
import { agendaPage } from '@/lib/live/panel/agenda-page';
import { findPerson, groupPage } from '@/lib/live/panel/group-page';
import { sessionPage } from '@/lib/live/panel/session-page';
import { makeUser, makeUsers } from './live-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  emailsDispatched: async () => {},
  enqueueMany: async () => {},
}));

const NOW = new Date('2027-02-01T08:00:00Z'); // a Monday
const schedule = (startTime: string) => ({
  weekday: 3 as const, // Wednesdays 3 Feb – 24 Feb 2027
  startTime,
  durationMinutes: 60,
  breakMinutes: 0,
  firstDay: '2027-02-01',
  lastDay: '2027-02-28',
});

describe('live panel page models', () => {
  it('preview, week, group and session pages, people lookup', async () => {
    const staff = await makeUser(['ADMINISTRATOR']);
    const teacher = await makeUser(['TEACHER'], 'Lena');
    const other = await makeUser(['TEACHER'], 'Piotr');
    await addDayOff(staff, { from: '2027-02-15', to: '2027-02-19', name: 'Ferie zimowe' });

    const preview = await previewSchedule(schedule('17:00'), NOW);
    expect(preview.dates).toHaveLength(3);
    expect(preview.skipped).toEqual([
      { day: '2027-02-17', reason: 'break', name: 'Ferie zimowe', label: '2027-02-17: Przerwa — Ferie zimowe' },
    ]);

    const g = await createLiveGroup(
      staff,
      {
        programme: 'p',
        title: 'Mała grupa',
        teacherId: teacher.id,
        capacity: 2,
        minParticipants: 2,
        schedule: schedule('17:00'),
      },
      NOW,
    );
    await createLiveGroup(
      staff,
      { programme: 'p', title: 'Grupa Piotra', teacherId: other.id, schedule: schedule('09:00') },
      NOW,
    );
    const [a] = await makeUsers(1);
    await addMember(staff, g.groupId, a.id, NOW);

    const mine = await agendaPage(teacher, '2027-02-03', NOW);
    expect(mine.staff).toBe(false);
    expect(mine.mine.map((s) => s.group?.title)).toEqual(['Mała grupa', 'Mała grupa', 'Mała grupa']);
    expect(mine.days.flatMap((d) => d.sessions.map((s) => s.group?.title))).toEqual(['Mała grupa']);

    const all = await agendaPage(staff, '2027-02-17', NOW);
    expect(all.days[2].off).toBe('Ferie zimowe');
    expect(all.days.flatMap((d) => d.sessions)).toEqual([]);
    const week1 = await agendaPage(staff, '2027-02-03', NOW);
    const wednesday = week1.days[2].sessions;
    expect(wednesday.map((s) => [s.group?.title, s.belowMinimum])).toEqual([
      ['Grupa Piotra', true],
      ['Mała grupa', true],
    ]);
    expect(week1.belowMinimum.filter((b) => b.groupId === g.groupId)).toHaveLength(1); // only the next session

    const page = await groupPage(staff, g.groupId);
    expect(page.members.map((m) => m.userId)).toEqual([a.id]);
    expect(page.sessions.map((s) => [s.taken, s.capacity, s.waiting])).toEqual([
      [1, 2, 0],
      [1, 2, 0],
      [1, 2, 0],
    ]);
    await expect(groupPage(teacher, g.groupId)).rejects.toThrow();

    // The session page: the room opens 15 minutes before 17:00 Warsaw (16:00 UTC), for its teacher only.
    const first = page.sessions[0];
    const before = await sessionPage(teacher, first.id, new Date('2027-02-03T15:40:00Z'));
    expect(before.room).toEqual({ state: 'not-yet', opensAt: new Date('2027-02-03T15:45:00Z') });
    expect(before.attendanceOpen).toBe(false);
    expect(before.booked.map((b) => b.userId)).toEqual([a.id]);
    const inside = await sessionPage(teacher, first.id, new Date('2027-02-03T15:50:00Z'));
    expect([inside.room.state, inside.attendanceOpen, inside.teaches]).toEqual(['open', true, true]);
    expect((await sessionPage(staff, first.id, new Date('2027-02-03T15:50:00Z'))).teaches).toBe(false);
    await expect(sessionPage(other, first.id)).rejects.toThrow('not found');

    const login = `osoba${Date.now()}`;
    const u = await db().user.create({
      data: { login, email: `${login}@example.pl`, firstName: 'O', lastName: 'S', passwordHash: 'x' },
    });
    expect(await findPerson(` ${login.toUpperCase()} `)).toBe(u.id);
    expect(await findPerson(`${login}@example.pl`)).toBe(u.id);
    expect(await findPerson('nikt-taki')).toBeNull();
  });
});

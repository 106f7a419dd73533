'use server';
// One room session's page: seating (chosen students, "seat all remaining", one out), the team
// (appoint as chair or member, remove) and the director's approval (lib/matura/teams/).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages, type Locale } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { plannerPath } from '@/lib/licence/paths';
import { seatAllRemaining, seatStudents, unseatStudent } from '@/lib/matura/teams/seating';
import { approveTeam, removeTeamMember, setTeamMember, TEAM_ROLES } from '@/lib/matura/teams/team';
import { id, many, orNotFound, schoolField } from './teams-shared';

const t = (locale: Locale) => messages(locale).plannerTeams.roomSession;
const base = { ...schoolField, roomSessionId: id };
const refresh = (schoolId: string) => revalidatePath(plannerPath(schoolId, 'rooms'), 'layout');

export const seatStudentsAction = formAction(
  { schema: z.object({ ...base, studentIds: many }), permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    const n = await orNotFound(seatStudents(user, input.schoolId, input.roomSessionId, input.studentIds));
    refresh(input.schoolId);
    return { ok: true, message: t(locale).seatedAll(n) };
  },
);

export const seatAllAction = formAction(
  { schema: z.object(base), permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    const n = await orNotFound(seatAllRemaining(user, input.schoolId, input.roomSessionId));
    refresh(input.schoolId);
    return { ok: true, message: t(locale).seatedAll(n) };
  },
);

export const unseatAction = formAction(
  { schema: z.object({ ...base, studentId: id }), permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    await orNotFound(unseatStudent(user, input.schoolId, input.roomSessionId, input.studentId));
    refresh(input.schoolId);
    return { ok: true, message: t(locale).unseated };
  },
);

const memberSchema = perLocale((m) =>
  z.object({ ...base, teacherId: id, role: z.enum(TEAM_ROLES, { message: m.plannerTeams.errors.unknownRole }) }),
);

export const setMemberAction = formAction(
  { schema: memberSchema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    await orNotFound(setTeamMember(user, input.schoolId, input.roomSessionId, input.teacherId, input.role));
    refresh(input.schoolId);
    return { ok: true, message: t(locale).appointed };
  },
);

export const removeMemberAction = formAction(
  { schema: z.object({ ...base, teacherId: id }), permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    await orNotFound(removeTeamMember(user, input.schoolId, input.roomSessionId, input.teacherId));
    refresh(input.schoolId);
    return { ok: true, message: t(locale).removed };
  },
);

export const approveTeamAction = formAction(
  { schema: z.object(base), permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    await orNotFound(approveTeam(user, input.schoolId, input.roomSessionId));
    refresh(input.schoolId);
    return { ok: true, message: t(locale).approvedNow };
  },
);

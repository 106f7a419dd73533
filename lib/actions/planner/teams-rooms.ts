'use server';
// The planner's rooms page: add or change a room, delete it, give it a session of the timetable,
// take a session out (lib/matura/teams/rooms.ts; the gate refuses changes when read-only).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages, type Locale } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { plannerPath } from '@/lib/licence/paths';
import { addRoomSession, deleteRoom, removeRoomSession, saveRoom } from '@/lib/matura/teams/rooms';
import { checkbox, id, orNotFound, schoolField } from './teams-shared';

const t = (locale: Locale) => messages(locale).plannerTeams;
const rooms = (schoolId: string) => revalidatePath(plannerPath(schoolId, 'rooms'), 'layout');

const saveSchema = perLocale((m) =>
  z.object({
    ...schoolField,
    roomId: id.optional().or(z.literal('').transform(() => undefined)),
    name: z.string().max(500),
    seats: z.coerce
      .number({ message: m.plannerTeams.errors.seatsRange(500) })
      .int({ message: m.plannerTeams.errors.seatsRange(500) }),
    computers: checkbox,
  }),
);

export const saveRoomAction = formAction(
  { schema: saveSchema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    const { schoolId, roomId, ...room } = input;
    await orNotFound(saveRoom(user, schoolId, roomId ?? null, room));
    rooms(schoolId);
    return { ok: true, message: t(locale).rooms.saved };
  },
);

const roomSchema = z.object({ ...schoolField, roomId: id });

export const deleteRoomAction = formAction(
  { schema: roomSchema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    await orNotFound(deleteRoom(user, input.schoolId, input.roomId));
    rooms(input.schoolId);
    return { ok: true, message: t(locale).rooms.deleted };
  },
);

const addSchema = z.object({ ...schoolField, roomId: id, sessionId: id });

export const addRoomSessionAction = formAction(
  { schema: addSchema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    await orNotFound(addRoomSession(user, input.schoolId, input.roomId, input.sessionId));
    rooms(input.schoolId);
    return { ok: true, message: t(locale).rooms.sessionAdded };
  },
);

const removeSchema = z.object({ ...schoolField, roomSessionId: id });

export const removeRoomSessionAction = formAction(
  { schema: removeSchema, permission: 'account:manage-own' },
  async (input, { user }) => {
    await orNotFound(removeRoomSession(user, input.schoolId, input.roomSessionId));
    rooms(input.schoolId);
    return { ok: true };
  },
);

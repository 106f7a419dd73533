// The school's exam rooms for the licence's exam year (name, seats, computers for informatyka) and
// which CKE sessions each room hosts (RoomSession). Every query has the school in its where;
// changes need the work level (A7, A19).
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError, isUniqueViolation, type FieldCodes } from '@/lib/errors';
import { type PlannerAccess, workingAccess } from '@/lib/licence/planner';

export type RoomInput = { name: string; seats: number; computers: boolean };

export const ROOM_NAME_MAX = 80;
export const ROOM_SEATS_MAX = 500;

async function checkRoom(access: PlannerAccess, input: RoomInput, roomId: string | null): Promise<RoomInput> {
  const errors: FieldCodes = {};
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name === '') errors.name = 'plannerTeams.errors.nameRequired';
  else if (name.length > ROOM_NAME_MAX) errors.name = 'plannerTeams.errors.nameTooLong';
  else {
    const same = await db().examRoom.findFirst({
      where: {
        schoolId: access.schoolId,
        licenceId: access.licence.id,
        name: { equals: name, mode: 'insensitive' },
        ...(roomId ? { id: { not: roomId } } : {}),
      },
      select: { id: true },
    });
    if (same) errors.name = 'plannerTeams.errors.roomNameTaken';
  }
  if (!Number.isInteger(input.seats) || input.seats < 1 || input.seats > ROOM_SEATS_MAX)
    errors.seats = { code: 'plannerTeams.errors.seatsRange', params: [ROOM_SEATS_MAX] };
  else if (roomId) {
    // A room cannot shrink below the students already seated in one of its sessions.
    const fullest = await db().roomSession.findMany({
      where: { schoolId: access.schoolId, roomId },
      select: { _count: { select: { seats: true } } },
    });
    const most = Math.max(0, ...fullest.map((r) => r._count.seats));
    if (input.seats < most) errors.seats = { code: 'plannerTeams.errors.seatsBelowSeated', params: [most] };
  }
  if (Object.keys(errors).length > 0) throw new UserError('plannerTeams.errors.checkFields', errors);
  return { name, seats: input.seats, computers: input.computers };
}

/** Adds a room to the licence's year (roomId null) or changes one; returns its id. */
export async function saveRoom(
  viewer: { id: string },
  schoolId: string,
  roomId: string | null,
  input: RoomInput,
  now = currentTime(),
): Promise<string> {
  const access = await workingAccess(viewer, schoolId, now);
  if (roomId) await ownRoom(access, roomId);
  const data = await checkRoom(access, input, roomId);
  if (roomId) {
    await db().examRoom.update({ where: { id: roomId, schoolId }, data });
    return roomId;
  }
  const row = await db().examRoom.create({
    data: { schoolId, licenceId: access.licence.id, ...data },
    select: { id: true },
  });
  return row.id;
}

export async function deleteRoom(
  viewer: { id: string },
  schoolId: string,
  roomId: string,
  now = currentTime(),
): Promise<void> {
  const access = await workingAccess(viewer, schoolId, now);
  await ownRoom(access, roomId);
  await db().examRoom.delete({ where: { id: roomId, schoolId } });
}

/** The school's room of the licence's year, or 404. */
export async function ownRoom(access: PlannerAccess, roomId: string) {
  const room = await db().examRoom.findFirst({
    where: { id: roomId, schoolId: access.schoolId, licenceId: access.licence.id },
    select: { id: true, name: true, seats: true, computers: true },
  });
  if (!room) throw new NotFoundError('room');
  return room;
}

/** Puts a session of the licence's year into the room; returns the room session's id. */
export async function addRoomSession(
  viewer: { id: string },
  schoolId: string,
  roomId: string,
  sessionId: string,
  now = currentTime(),
): Promise<string> {
  const access = await workingAccess(viewer, schoolId, now);
  await ownRoom(access, roomId);
  const session = await db().examSession.findFirst({
    where: { id: sessionId, examYear: access.licence.examYear },
    select: { id: true },
  });
  if (!session)
    throw new UserError('plannerTeams.errors.unknownSession', { sessionId: 'plannerTeams.errors.unknownSession' });
  try {
    const row = await db().roomSession.create({ data: { schoolId, roomId, sessionId }, select: { id: true } });
    return row.id;
  } catch (e) {
    if (isUniqueViolation(e))
      throw new UserError('plannerTeams.errors.sessionInRoom', { sessionId: 'plannerTeams.errors.sessionInRoom' });
    throw e;
  }
}

/** Takes a session out of the room, with its seating and team. */
export async function removeRoomSession(
  viewer: { id: string },
  schoolId: string,
  roomSessionId: string,
  now = currentTime(),
): Promise<void> {
  const access = await workingAccess(viewer, schoolId, now);
  await ownRoomSession(access, roomSessionId);
  await db().roomSession.delete({ where: { id: roomSessionId, schoolId } });
}

/** The school's room session (a room of the licence's year at a session), or 404. */
export async function ownRoomSession(access: PlannerAccess, roomSessionId: string) {
  const rs = await db().roomSession.findFirst({
    where: { id: roomSessionId, schoolId: access.schoolId, room: { licenceId: access.licence.id } },
    select: {
      id: true,
      roomId: true,
      sessionId: true,
      approvedAt: true,
      approvedById: true,
      room: { select: { name: true, seats: true, computers: true } },
      session: { select: { subject: true, part: true, level: true, startsAt: true } },
    },
  });
  if (!rs) throw new NotFoundError('roomSession');
  return rs;
}

'use server';
// The teacher's actions on a session page: open the room (a signed BBB join URL, or the group's
// fixed link, made on the server and followed at once), mark attendance, save the note.
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { UserError } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { roomLinkFor } from '@/lib/live/room';
import { markAttendance, saveNote } from '@/lib/live/sessions/teacher';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';

const id = z.string().min(1);
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : [v].flat()));
const page = (sessionId: string) => `${LIVE_TEACHER_PATH}/sesje/${sessionId}`;

export const openRoom = formAction(
  { schema: z.object({ sessionId: id }), permission: 'live:teach' },
  async ({ sessionId }, { user }) => {
    const link = await roomLinkFor(user, sessionId);
    if (!link.ok) throw new UserError(link.reason);
    redirect(link.url);
  },
);

export const saveAttendance = formAction(
  { schema: z.object({ sessionId: id, booked: list, present: list }), permission: 'live:teach' },
  async ({ sessionId, booked, present }, { user, locale }) => {
    await markAttendance(
      user,
      sessionId,
      booked.map((userId) => ({ userId, attended: present.includes(userId) })),
    );
    revalidatePath(page(sessionId));
    return { ok: true, message: messages(locale).livePanel.session.attendanceSaved };
  },
);

export const saveSessionNote = formAction(
  { schema: z.object({ sessionId: id, note: z.string().default('') }), permission: 'live:teach' },
  async ({ sessionId, note }, { user, locale }) => {
    await saveNote(user, sessionId, note);
    revalidatePath(page(sessionId));
    return { ok: true, message: messages(locale).livePanel.session.noteSaved };
  },
);

'use server';
// Staff create a class group (or first preview the dates its schedule generates); a teacher clash
// is shown beside the start time, naming the clashing date.
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { formAction, type ActionState } from '@/lib/actions/action';
import { UserError } from '@/lib/errors';
import { codeKey } from '@/lib/i18n/codes';
import { createLiveGroup } from '@/lib/live/groups/create';
import { groupFormSchema, previewSchedule, toNewGroup, type SchedulePreview } from '@/lib/live/panel/group-form';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';

type Result = { preview: SchedulePreview; values: Record<string, string> };

export const createGroup = formAction(
  { schema: groupFormSchema, permission: 'live:manage' },
  async (input, { user }): Promise<ActionState<Result>> => {
    const group = toNewGroup(input);
    if (input.intent === 'preview') {
      const values = Object.fromEntries(
        Object.entries(input).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
      );
      return { ok: true, data: { preview: await previewSchedule(group.schedule), values } };
    }
    let groupId: string;
    try {
      ({ groupId } = await createLiveGroup(user, group));
    } catch (e) {
      if (e instanceof UserError && !e.fieldCodes && e.codes.some((c) => codeKey(c) === 'live.move.teacher-conflict'))
        throw new UserError(e.codes, { startTime: e.codes[0] });
      throw e;
    }
    revalidatePath(LIVE_TEACHER_PATH);
    redirect(`${LIVE_TEACHER_PATH}/${groupId}`);
  },
);

'use server';
// Staff open a school year's group in a centre; a teacher busy at one of its classes is shown
// beside the start time, naming the date. Then the group's page.
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { UserError } from '@/lib/errors';
import { codeKey } from '@/lib/i18n/codes';
import { createCentreGroup } from '@/lib/centres/groups/create';
import { groupSchema, toNewCentreGroup } from '@/lib/centres/panel/forms';
import { PANEL_CENTRE_GROUPS_PATH, panelCentreGroupPath } from '@/lib/centres/paths';

export const createCentreGroupAction = formAction(
  { schema: groupSchema, permission: 'centres:manage' },
  async (i, { user }) => {
    const created = await createCentreGroup(user.id, toNewCentreGroup(i)).catch((e: unknown) => {
      if (e instanceof UserError && !e.fieldCodes && e.codes.some((c) => codeKey(c) === 'live.move.teacher-conflict'))
        throw new UserError(e.codes, { startTime: e.codes[0] });
      throw e;
    });
    revalidatePath(PANEL_CENTRE_GROUPS_PATH);
    redirect(panelCentreGroupPath(created.centreGroupId));
  },
);

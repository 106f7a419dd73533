'use server';
// Staff save a centre (or partner school) and a programme; back to the list when saved.
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { saveCentre, saveProgramme } from '@/lib/centres/catalogue/save';
import { centreSchema, programmeSchema, toCentreInput, toProgrammeInput } from '@/lib/centres/panel/forms';
import { PANEL_CENTRES_PATH, PANEL_PROGRAMMES_PATH } from '@/lib/centres/paths';

export const saveCentreAction = formAction(
  { schema: centreSchema, permission: 'centres:manage' },
  async (i, { user }) => {
    await saveCentre(user.id, toCentreInput(i), i.id || undefined);
    revalidatePath(PANEL_CENTRES_PATH);
    redirect(PANEL_CENTRES_PATH);
  },
);

export const saveProgrammeAction = formAction(
  { schema: programmeSchema, permission: 'centres:manage' },
  async (i, { user }) => {
    await saveProgramme(user.id, toProgrammeInput(i), i.id || undefined);
    revalidatePath(PANEL_PROGRAMMES_PATH);
    redirect(PANEL_PROGRAMMES_PATH);
  },
);

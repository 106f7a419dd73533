'use server';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import {
  addChild as add,
  requestClassChange as request,
  setChildPassword as setPassword,
} from '@/lib/families/children';
import { addChildSchema, childPasswordSchema, classChangeSchema } from '@/lib/families/schemas';
import { families } from '@/lib/i18n/pl/families';

export const addChild = formAction(
  { schema: addChildSchema, permission: 'families:manage-own' },
  async (input, { user }) => {
    await add(user.id, input);
    revalidatePath('/rodzina');
    return { ok: true, message: families.childAdded(input.fullName, input.login) };
  },
);

export const setChildPassword = formAction(
  { schema: childPasswordSchema, permission: 'families:manage-own' },
  async (input, { user }) => {
    await setPassword(user.id, input.childId, input.password);
    return { ok: true, message: families.passwordSet };
  },
);

export const requestClassChange = formAction(
  { schema: classChangeSchema, permission: 'families:manage-own' },
  async (input, { user }) => {
    await request(user.id, input.childId, input.shift);
    revalidatePath(`/rodzina/dzieci/${input.childId}`);
    return { ok: true, message: input.shift === 0 ? families.classRequestCleared : families.classRequested };
  },
);

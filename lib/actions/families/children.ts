'use server';
import { revalidatePath } from 'next/cache';
import { messages } from '@/lib/i18n';
import { formAction } from '@/lib/actions/action';
import {
  addChild as add,
  requestClassChange as request,
  setChildPassword as setPassword,
} from '@/lib/families/children';
import { addChildSchema, childPasswordSchema, classChangeSchema } from '@/lib/families/schemas';

export const addChild = formAction(
  { schema: addChildSchema, permission: 'families:manage-own' },
  async (input, { user }) => {
    await add(user.id, input);
    revalidatePath('/rodzina');
    return { ok: true, message: messages().families.childAdded(input.fullName, input.login) };
  },
);

export const setChildPassword = formAction(
  { schema: childPasswordSchema, permission: 'families:manage-own' },
  async (input, { user }) => {
    await setPassword(user.id, input.childId, input.password);
    return { ok: true, message: messages().families.passwordSet };
  },
);

export const requestClassChange = formAction(
  { schema: classChangeSchema, permission: 'families:manage-own' },
  async (input, { user }) => {
    await request(user.id, input.childId, input.shift);
    revalidatePath(`/rodzina/dzieci/${input.childId}`);
    return {
      ok: true,
      message: input.shift === 0 ? messages().families.classRequestCleared : messages().families.classRequested,
    };
  },
);

'use server';
import { revalidatePath } from 'next/cache';
import { messages } from '@/lib/i18n';
import { formAction } from '@/lib/actions/action';
import {
  addChild as add,
  requestClassChange as request,
  setChildPassword as setPassword,
} from '@/lib/families/children';
import { familySchemas } from '@/lib/families/schemas';

export const addChild = formAction(
  { schema: (locale) => familySchemas(locale).addChildSchema, permission: 'families:manage-own' },
  async (input, { user, locale }) => {
    await add(user.id, input);
    revalidatePath('/rodzina');
    return { ok: true, message: messages(locale).families.childAdded(input.fullName, input.login) };
  },
);

export const setChildPassword = formAction(
  { schema: (locale) => familySchemas(locale).childPasswordSchema, permission: 'families:manage-own' },
  async (input, { user, locale }) => {
    await setPassword(user.id, input.childId, input.password);
    return { ok: true, message: messages(locale).families.passwordSet };
  },
);

export const requestClassChange = formAction(
  { schema: (locale) => familySchemas(locale).classChangeSchema, permission: 'families:manage-own' },
  async (input, { user, locale }) => {
    await request(user.id, input.childId, input.shift);
    revalidatePath(`/rodzina/dzieci/${input.childId}`);
    return {
      ok: true,
      message:
        input.shift === 0 ? messages(locale).families.classRequestCleared : messages(locale).families.classRequested,
    };
  },
);

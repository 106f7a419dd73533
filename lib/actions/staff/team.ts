'use server';
// /panel/zespol: an administrator grants or revokes a staff role, or invites a colleague.
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { staffSchemas } from '@/lib/staff/schemas';
import { changeStaffRole, inviteStaff as invite } from '@/lib/staff/team';

export const changeRole = formAction(
  { schema: (locale) => staffSchemas(locale).roleChangeSchema, permission: 'panel:staff' },
  async (input, { user, locale }) => {
    const grant = input.grant === 'yes';
    const done = await changeStaffRole(user.id, { userId: input.userId, role: input.role, grant });
    revalidatePath('/panel/zespol');
    const m = messages(locale);
    const t = m.staff.team;
    if (done.outcome === 'unchanged') return { ok: true, message: t.unchanged };
    const role = m.roles[input.role];
    return { ok: true, message: grant ? t.granted(role, done.name) : t.revoked(role, done.name) };
  },
);

export const inviteStaff = formAction(
  { schema: (locale) => staffSchemas(locale).inviteSchema, permission: 'panel:staff' },
  async (input, { user, locale }) => {
    await invite(user.id, input);
    revalidatePath('/panel/zespol');
    return { ok: true, message: messages(locale).staff.team.invited(input.email) };
  },
);

// Staff create and switch off promotional codes (/panel/rabaty): one transaction each, the
// actor's permission re-read inside it and the decision audited with it.
import { db } from '@/lib/db/client';
import { UserError, isUniqueViolation } from '@/lib/errors';
import { recordAudit } from '@/lib/audit';
import { actorWith } from '@/lib/staff/authority';
import { parseCodeForm, type CodeFormRaw } from './code-form';

export async function createDiscountCode(raw: CodeFormRaw, o: { actorId: string }): Promise<{ code: string }> {
  const parsed = parseCodeForm(raw);
  if (!parsed.ok) throw new UserError('errors.checkFields', parsed.fields);
  const { columns } = parsed;
  try {
    return await db().$transaction(async (tx) => {
      await actorWith(tx, o.actorId, 'discounts:manage');
      const row = await tx.discountCode.create({ data: columns, select: { id: true, code: true } });
      await recordAudit(tx, {
        actorId: o.actorId,
        action: 'discount.code.created',
        objectType: 'discountCode',
        objectId: row.id,
        after: columns,
      });
      return { code: row.code };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError('discounts.errors.codeTaken', { code: 'discounts.errors.codeTaken' });
    throw e;
  }
}

/** Switches a code off; codes already used stay on their contracts. Safe to repeat. */
export async function deactivateDiscountCode(id: string, o: { actorId: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    await actorWith(tx, o.actorId, 'discounts:manage');
    const { count } = await tx.discountCode.updateMany({ where: { id, active: true }, data: { active: false } });
    if (count === 1)
      await recordAudit(tx, {
        actorId: o.actorId,
        action: 'discount.code.deactivated',
        objectType: 'discountCode',
        objectId: id,
      });
  });
}

// What /panel/rabaty shows: every code with its uses against its limit, and the queue of declared
// discounts waiting for staff (payer, contract, type, what was declared), oldest first.
import { db } from '@/lib/db/client';
import { formatDate, formatDateTime, formatLastDay } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { effectText } from './effect';

export type CodeRow = {
  id: string;
  code: string;
  effect: string;
  validity: string;
  uses: number;
  maxUses: number | null;
  maxUsesPerPayer: number | null;
  products: string[];
  combinable: boolean;
  active: boolean;
};

export type QueueRow = {
  id: string;
  payer: string;
  contractNumber: string;
  type: string;
  declared: string[];
  effect: string;
  since: string;
};

/** The declaration as staff read it, from the JSON the sign-up stored. */
export function declaredLines(type: string, declared: unknown, locale?: string): string[] {
  const t = messages(locale).discounts.panel;
  const d = (declared ?? {}) as Record<string, unknown>;
  const str = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);
  const lines: string[] = [];
  if (type === 'SIBLING' && str('name')) lines.push(t.declaredSibling(str('name')!));
  if (type === 'SIBLING' && str('contract')) lines.push(t.declaredSiblingContract(str('contract')!));
  if (type === 'REFERRAL' && str('email')) lines.push(t.declaredReferrer(str('email')!));
  if (type === 'CONTINUATION' && str('contract')) lines.push(t.declaredContinuation(str('contract')!));
  if (type === 'CODE' && str('code')) lines.push(t.declaredCode(str('code')!));
  return lines;
}

/** The codes and the declarations to verify, worded and formatted in the reader's `locale`. */
export async function discountsPanel(locale?: string): Promise<{ codes: CodeRow[]; queue: QueueRow[] }> {
  const t = messages(locale).discounts;
  const [codes, uses, pending] = await Promise.all([
    db().discountCode.findMany({ orderBy: [{ active: 'desc' }, { validTo: 'desc' }, { code: 'asc' }] }),
    db().contractDiscount.groupBy({
      by: ['codeId'],
      where: { codeId: { not: null }, status: { not: 'REJECTED' } },
      _count: true,
    }),
    db().contractDiscount.findMany({
      // A contract that never came into force has nothing left to verify.
      where: { status: 'PENDING', contract: { status: { not: 'VOID' } } },
      orderBy: { createdAt: 'asc' },
      take: 200,
      select: {
        id: true,
        type: true,
        kind: true,
        value: true,
        declared: true,
        createdAt: true,
        contract: {
          select: { number: true, currency: true, payer: { select: { firstName: true, lastName: true, email: true } } },
        },
      },
    }),
  ]);
  const used = new Map(uses.map((u) => [u.codeId, u._count]));
  return {
    codes: codes.map((c) => ({
      id: c.id,
      code: c.code,
      effect: effectText(c, locale),
      validity: t.panel.validity(formatDate(c.validFrom, locale), formatLastDay(c.validTo, locale)),
      uses: used.get(c.id) ?? 0,
      maxUses: c.maxUses,
      maxUsesPerPayer: c.maxUsesPerPayer,
      products: c.products,
      combinable: c.combinable,
      active: c.active,
    })),
    queue: pending.map((d) => {
      const p = d.contract.payer;
      return {
        id: d.id,
        payer: [`${p.firstName} ${p.lastName}`, p.email].filter(Boolean).join(', '),
        contractNumber: d.contract.number,
        type: t.types[d.type] ?? d.type,
        declared: declaredLines(d.type, d.declared, locale),
        effect: effectText({ ...d, currency: d.contract.currency }, locale),
        since: formatDateTime(d.createdAt, locale),
      };
    }),
  };
}

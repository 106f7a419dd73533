// Whether the top bar offers "Koszyk" and "Zamówienia": not to a child (a parent buys for it) and
// not to a company group's participant, whose course the company bought (they never pay here).
import { db } from '@/lib/db/client';
import { can } from '@/lib/auth/permissions';
import type { Role } from '@/lib/db/generated/enums';

/** True for guests and buyers; false for a child and for a participant who has bought nothing. */
export async function showsBuying(user: { id: string; roles: readonly Role[] } | null): Promise<boolean> {
  if (!user) return true;
  if (!can(user.roles, 'orders:buy')) return false;
  if (user.roles.includes('COMPANY_ADMIN')) return true;
  const [participant, order] = await Promise.all([
    db().groupParticipant.findFirst({ where: { userId: user.id }, select: { id: true } }),
    db().order.findFirst({ where: { userId: user.id }, select: { id: true } }),
  ]);
  return buyingShown(user.roles, { participant: participant !== null, ordered: order !== null });
}

/** The rule itself, for a caller that already read the two facts (the header, lib/site-header). */
export function buyingShown(roles: readonly Role[], facts: { participant: boolean; ordered: boolean }): boolean {
  if (!can(roles, 'orders:buy')) return false;
  if (roles.includes('COMPANY_ADMIN')) return true;
  return !facts.participant || facts.ordered;
}

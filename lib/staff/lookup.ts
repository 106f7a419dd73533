// Support's user lookup (/panel/uzytkownicy): one search box finds accounts by name, e-mail,
// login, an order's number or a buyer's NIP. Terms are LIKE-escaped (lib/db/like.ts); a name of
// several words matches when every word is in the first or last name.
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { searchTerm } from '@/lib/db/like';
import type { Role } from '@/lib/db/generated/enums';

export const LOOKUP_LIMIT = 50;

export type FoundAccount = {
  id: string;
  name: string;
  email: string | null;
  login: string | null;
  roles: Role[];
  blocked: boolean;
  createdAt: Date;
};

/** The `where` for one typed search (exported for its unit test). */
export function lookupWhere(raw: string): Prisma.UserWhereInput | null {
  const term = searchTerm(raw);
  if (!term) return null;
  const has = (v: string) => ({ contains: v, mode: 'insensitive' as const });
  const words = term.split(/\s+/).filter(Boolean);
  const digits = raw.replace(/[\s-]/g, '');
  const or: Prisma.UserWhereInput[] = [
    { email: has(term) },
    { login: has(term) },
    { AND: words.map((w) => ({ OR: [{ firstName: has(w) }, { lastName: has(w) }] })) },
    { orders: { some: { number: has(term) } } },
  ];
  // A NIP is typed with dashes or spaces ("123-456-32-18") and stored as digits.
  if (/^\d{3,10}$/.test(digits)) or.push({ orders: { some: { nip: { contains: digits } } } });
  return { deletedAt: null, OR: or };
}

export async function lookupAccounts(raw: string): Promise<FoundAccount[]> {
  const where = lookupWhere(raw);
  if (!where) return [];
  const rows = await db().user.findMany({
    where,
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    take: LOOKUP_LIMIT,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      login: true,
      roles: true,
      blockedAt: true,
      createdAt: true,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: `${r.firstName} ${r.lastName}`,
    email: r.email,
    login: r.login,
    roles: r.roles,
    blocked: r.blockedAt !== null,
    createdAt: r.createdAt,
  }));
}

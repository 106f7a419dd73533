import Link from 'next/link';
import { countMyGroups } from '@/lib/groups/group-access';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

/** On "Moje kursy": a company admin's packages are managed on the group pages, not here. */
export async function GroupsNotice({ userId }: { userId: string }) {
  const locale = await currentLocale();
  const t = messages(locale).groups;
  const count = await countMyGroups(userId);
  if (count === 0) return null;
  return (
    <div className="card flex flex-wrap items-center justify-between gap-3 border-brand-100 bg-brand-50">
      <p>{t.groupsNotice(count)}</p>
      <Link href="/grupy" className="btn-primary">
        {t.goToGroup}
      </Link>
    </div>
  );
}

import { currentUser } from '@/lib/auth/session';
import { topUpTargets } from '@/lib/catalog/top-up';
import type { PackageOffer } from '@/lib/catalog/rules/packages';
import { messages } from '@/lib/i18n';
import { TopUpForm } from './top-up-form';
import { currentLocale } from '@/lib/locale/current';

/** Beside the purchase box, for the admin of a group of this course: add seats to that group. */
export async function CourseTopUp({ courseId, offers }: { courseId: string; offers: PackageOffer[] }) {
  const locale = await currentLocale();
  const user = await currentUser();
  if (!user) return null;
  const groups = await topUpTargets(user.id, courseId);
  if (groups.length === 0) return null;
  const t = messages(locale).groupTopUp;
  return (
    <section id="dokup" className="card space-y-3" aria-labelledby="dokup-miejsca">
      <h2 id="dokup-miejsca" className="h2">
        {t.heading}
      </h2>
      <p className="text-sm text-slate-700">{t.intro}</p>
      <TopUpForm groups={groups} offers={offers} />
    </section>
  );
}

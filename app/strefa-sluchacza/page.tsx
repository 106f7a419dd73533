// /strefa-sluchacza — the language learner's zone: level and progress, the current level's lessons,
// materials, live classes and recordings, payments, certificates and the office thread. A contract
// that does not grant access (suspended, ended) hides study and booking and says why (B8, B11).
import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { messages } from '@/lib/i18n';
import { learnerZone } from '@/lib/language/zone/zone-page';
import { ZONE_MESSAGES_PATH, ZONE_PATH } from '@/lib/language/zone/paths';
import { PageHeader } from '@/components/forms/page-header';
import { ZoneLevels } from '@/components/language/zone-levels';
import { ZoneBlocked } from '@/components/language/zone-blocked';
import { ZoneLessons, ZoneMaterials } from '@/components/language/zone-study';
import { ZoneLive } from '@/components/language/zone-live';
import { ZonePayments } from '@/components/language/zone-payments';
import { ZoneSummary } from '@/components/language/zone-summary';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).languageZone.title };
}

export default async function LearnerZonePage() {
  const locale = await currentLocale();
  const user = await requirePermission('learning:study-own', ZONE_PATH);
  const t = messages(locale).languageZone;
  const now = currentTime();
  const zone = await learnerZone(user, now, locale);
  if (!zone)
    return (
      <div className="space-y-6">
        <PageHeader title={t.title} />
        <div className="card space-y-3">
          <p>{t.notLearner}</p>
          <Link href="/jezyk-polski" className="btn-primary">
            {t.notLearnerCta}
          </Link>
        </div>
      </div>
    );
  const { access, current, study } = zone;
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro} />
      {access.kind === 'blocked' && (
        <ZoneBlocked access={access} contract={zone.contracts.find((c) => c.number === access.contractNumber)} />
      )}
      <ZoneSummary zone={zone} />
      {current && study && <ZoneLessons slug={current.courseSlug} outline={study.outline} />}
      {study && <ZoneMaterials materials={study.materials} />}
      {study && <ZoneLive classes={study.classes} past={study.past} learnerId={user.id} now={now} />}
      <ZoneLevels levels={zone.levels} />
      <ZonePayments contracts={zone.contracts} />
      <section className="card space-y-2" aria-labelledby="zone-messages">
        <h2 id="zone-messages" className="h2">
          {t.messages}
        </h2>
        <p className="muted text-sm">{t.messagesIntro}</p>
        <Link href={ZONE_MESSAGES_PATH} className="btn-secondary" data-testid="zone-messages-link">
          {t.messages}
        </Link>
      </section>
    </div>
  );
}

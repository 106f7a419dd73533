// A passed level's certificate: "Poproś o certyfikat" until it is issued, then its number, the
// download (the course's certificate route, which serves it once issued) and its verification page.
import { messages } from '@/lib/i18n';
import type { ZoneLevel } from '@/lib/language/zone/levels';
import { ActionForm } from '@/components/forms/action-form';
import { requestCertificate } from '@/lib/actions/language/zone-certificate';
import { currentLocale } from '@/lib/locale/current';

export async function ZoneCertificate({ level }: { level: ZoneLevel }) {
  const locale = await currentLocale();
  const t = messages(locale).languageZone.certificate;
  const c = level.certificate;
  if (c && !c.revoked)
    return (
      <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="zone-certificate">
        <span className="font-medium">{t.issued(c.number)}</span>
        <a href={`/nauka/${level.courseSlug}/zaswiadczenie`} className="btn-primary text-sm">
          {t.download}
        </a>
        <a href={`/certyfikaty/${c.number}`} className="link">
          {t.verify}
        </a>
      </div>
    );
  return (
    <ActionForm
      action={requestCertificate}
      hidden={{ levelId: level.id }}
      submit={t.request}
      buttonClass="btn-secondary"
    />
  );
}

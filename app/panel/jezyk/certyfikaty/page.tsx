import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';
import { panelScope } from '@/lib/language/panel/scope';
import { certificateRequests } from '@/lib/language/panel/results';
import { LanguagePanelFrame } from '@/components/language/panel-frame';
import { LanguagePanelFilters, PANEL_SECTIONS } from '@/components/language/panel-nav';
import { CertificateRequestTable } from '@/components/language/panel-results';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return {
    title: messages(locale).panel.pageTitle(messages(locale).languageOffice.panel.certificates.title),
  };
}

const STATUSES = ['ISSUED', 'REFUSED'] as const;

// Every level-certificate request: issued (with its number) or refused with what was missing.
export default async function CertificateRequestsPage({
  searchParams,
}: {
  searchParams: Promise<{ program?: string; poziom?: string; wynik?: string; q?: string }>;
}) {
  const locale = await currentLocale();
  const user = await requirePermission('panel:language', PANEL_SECTIONS.certificates);
  const { program, poziom, wynik, q } = await searchParams;
  const scope = await panelScope(program);
  const cefr = scope?.levels.find((l) => l.cefr === poziom)?.cefr;
  const status = STATUSES.find((s) => s === wynik);
  const t = messages(locale).languageOffice.panel;
  return (
    <LanguagePanelFrame
      section="certificates"
      title={t.certificates.title}
      intro={t.certificates.intro}
      office={can(user.roles, 'language:office')}
      empty={!scope}
    >
      {scope && (
        <>
          <LanguagePanelFilters
            levels={scope.levels.map((l) => l.cefr)}
            chosen={{ poziom: cefr, wynik: status, q }}
            extra={{
              name: 'wynik',
              label: t.certificates.colStatus,
              choices: STATUSES.map((s) => ({ code: s, label: t.certificates.status[s] })),
            }}
          />
          <CertificateRequestTable rows={await certificateRequests(scope, { cefr, status, q })} />
        </>
      )}
    </LanguagePanelFrame>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { programmeLanding } from '@/lib/language/placement/landing-page';
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { PlacementLevels } from '@/components/language/placement-levels';
import { currentLocale } from '@/lib/locale/current';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).languagePlacement.landing.metaTitle };
}
export const dynamic = 'force-dynamic';

export default async function LanguageProgrammePage() {
  const locale = await currentLocale();
  const t = messages(locale).languagePlacement.landing;
  const page = await programmeLanding();
  if (!page) return <Notice tone="info">{t.noProgramme}</Notice>;
  return (
    <div className="space-y-10">
      <section className="space-y-4" aria-labelledby="kurs">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t.eyebrow}</p>
        <h1 id="kurs" className="h1" lang={PROGRAMME_LANGUAGE}>
          {page.programme.title}
        </h1>
        <p className="max-w-3xl text-lg text-slate-700" lang={PROGRAMME_LANGUAGE}>
          {page.programme.summary}
        </p>
        <p className="text-sm text-slate-700">{t.minAge(page.programme.minAge)}</p>
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/jezyk-polski/test" className="btn-primary">
            {t.ctaTest}
          </Link>
          <Link href={page.signupHref} className="btn-secondary">
            {t.ctaSignup}
          </Link>
        </div>
        <p className="muted text-sm">{t.ctaTestHint}</p>
      </section>
      <section className="card space-y-3" aria-labelledby="jak-zaczac">
        <h2 id="jak-zaczac" className="h2">
          {t.stepsHeading}
        </h2>
        <ol className="list-decimal space-y-2 pl-5">
          {t.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>
      <PlacementLevels levels={page.levels} />
    </div>
  );
}

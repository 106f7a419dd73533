// The placement result: the recommended level and why, each band's points against the mark, and
// the offer for that level with the link to its sign-up.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { formatPoints } from '@/lib/learning/final-test/answer-text';
import type { placementResultPage } from '@/lib/language/placement/result-page';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';
import { formatPercent } from '@/lib/format/percent';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';

type Page = NonNullable<Awaited<ReturnType<typeof placementResultPage>>>;

const VERDICT_CLASS = {
  mastered: 'bg-green-100 text-green-900',
  toLearn: 'bg-amber-100 text-amber-900',
  notAssessed: 'bg-slate-100 text-slate-700',
} as const;

export async function PlacementResult({ page }: { page: Page }) {
  const locale = await currentLocale();
  const t = messages(locale).languagePlacement.result;
  const pct = (n: number) => formatPercent(n, locale);
  return (
    <>
      <section className="card space-y-2 border-brand-200 bg-brand-50" role="status" data-testid="placement-result">
        <p className="text-2xl font-bold">{t.recommended(page.recommendedCefr)}</p>
        <p>{page.why}</p>
        <p className="muted text-sm">{t.submittedAt(page.submittedAt)}</p>
      </section>
      <section className="space-y-3" aria-labelledby="pasma">
        <h2 id="pasma" className="h2">
          {t.bandsHeading}
        </h2>
        <ScrollTable label={t.bandsHeading} cards>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.bandCol}</th>
                <th scope="col">{t.pointsCol}</th>
                <th scope="col">{t.percentCol}</th>
                <th scope="col">{t.verdictCol}</th>
              </tr>
            </thead>
            <tbody>
              {page.bands.map((b) => (
                <tr key={b.cefr} data-testid="placement-band-row">
                  <th scope="row">{b.cefr}</th>
                  <td>{t.points(formatPoints(b.scored), formatPoints(b.max))}</td>
                  <td>{b.max > 0 ? pct(b.percent) : '—'}</td>
                  <td>
                    <span className={`rounded px-2 py-0.5 text-sm font-medium ${VERDICT_CLASS[b.verdict]}`}>
                      {t[b.verdict]}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
      {page.offer && (
        <section className="card space-y-3" aria-labelledby="oferta" data-testid="placement-offer">
          <h2 id="oferta" className="h2">
            {t.offerHeading(page.recommendedCefr)}
          </h2>
          <p className="font-medium" lang={PROGRAMME_LANGUAGE}>
            {page.offer.title}
          </p>
          <ul className="space-y-1">
            {page.offer.monthly && <li>{page.offer.monthly}</li>}
            {page.offer.full && <li>{page.offer.full}</li>}
          </ul>
          <div className="flex flex-wrap items-center gap-3">
            <Link href={page.offer.href} className="btn-primary">
              {t.signUp(page.recommendedCefr)}
            </Link>
            <Link href="/jezyk-polski/test" className="btn-secondary">
              {messages(locale).languagePlacement.test.retake}
            </Link>
          </div>
          <p className="muted text-sm">{t.otherLevel}</p>
        </section>
      )}
    </>
  );
}

// The data-processing agreement's text on the review page, and its English courtesy translation
// above it. The Polish text is the one accepted (and hashed); for a reader of another language it
// is marked as a Polish legal original, so it keeps `lang="pl"`.
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { currentLocale } from '@/lib/locale/current';

export function AgreementText({
  paragraphs,
  label,
  testId,
  original = false,
}: {
  paragraphs: string[][];
  label: string;
  testId: string;
  /** The Polish original shown to a reader of another language. */
  original?: boolean;
}) {
  return (
    <div
      className="max-h-[28rem] space-y-3 overflow-y-auto rounded-lg border border-slate-200 p-4 text-sm"
      tabIndex={0}
      role="region"
      aria-label={label}
      data-testid={testId}
      {...(original ? { lang: 'pl', 'data-legal-original': '' } : {})}
    >
      {paragraphs.map((lines, i) => (
        <p key={i}>
          {lines.map((line, j) => (
            <span key={j} className="block">
              {line}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}

/** The English translation, marked as not binding, with its courtesy PDF (a group's or a school's). */
export async function CourtesyTranslation({
  pdfHref,
  paragraphs,
  notice,
  pdfLabel,
}: {
  pdfHref: string;
  paragraphs: string[][];
  /** What binds instead, when it is not "the Polish original below, accepted online". */
  notice?: string;
  pdfLabel?: string;
}) {
  const t = messages(await currentLocale()).groups.esign;
  return (
    <section className="card space-y-3" aria-labelledby="tlumaczenie-h" data-testid="agreement-courtesy">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="tlumaczenie-h" className="h2">
          {t.translationHeading}
        </h2>
        <a href={pdfHref} className="btn-secondary" target="_blank" rel="noreferrer">
          {pdfLabel ?? t.openCourtesyPdf}
        </a>
      </div>
      <Notice tone="warning" as="div">
        <strong>{notice ?? t.courtesyNotice}</strong>
      </Notice>
      <AgreementText paragraphs={paragraphs} label={t.translationHeading} testId="agreement-translation" />
    </section>
  );
}

// A versioned legal document as a page: numbered paragraphs (§) with numbered clauses, a table
// of contents, the annexes (the model withdrawal form) and links to every version. A version not
// yet in force says so; the one in force announces the next.
import Link from 'next/link';
import { legalDay as day, type LegalPage } from '@/lib/legal/pages';
import type { Clause, LegalDocument } from '@/lib/legal/document';
import { Notice } from '@/components/forms/notice';
import { CourtesyNotice, PolishOriginal } from './courtesy';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

function ClauseItem({ clause }: { clause: Clause }) {
  if (typeof clause === 'string') return <li>{clause}</li>;
  return (
    <li>
      {clause.text}
      <ol className="mt-1 list-[lower-alpha] space-y-1 pl-6">
        {clause.points.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ol>
    </li>
  );
}

export async function LegalDocumentView({
  page,
  basePath,
  extra,
}: {
  page: LegalPage;
  basePath: string;
  extra?: React.ReactNode;
}) {
  const locale = await currentLocale();
  const t = messages(locale).support.legal;
  // A reader of another language sees the courtesy translation, with the binding Polish original
  // under it; without a translation, the Polish text with a notice saying there is none yet.
  const doc = page.translation ?? page.document;
  // The text's own language: the translation's, or Polish (marked, so a reader's tools know it).
  const docLang = page.translation ? locale : 'pl';
  return (
    <article className="card mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        {locale !== 'pl' &&
          (page.translation ? (
            <CourtesyNotice t={t} />
          ) : (
            <Notice tone="info" as="div">
              {t.noTranslation}
            </Notice>
          ))}
        <h1 className="h1" lang={docLang}>
          {doc.title}
        </h1>
        <p className="muted">{t.version(doc.version, day(doc.effectiveFrom, locale))}</p>
        {page.status !== 'current' && (
          <Notice tone={page.status === 'past' ? 'warning' : 'info'} as="div">
            {page.status === 'past'
              ? t.outdated(doc.version)
              : t.notYetInForce(doc.version, day(doc.effectiveFrom, locale))}{' '}
            <Link href={basePath} className="link">
              {t.currentLink}
            </Link>
          </Notice>
        )}
        {page.status === 'current' && page.upcoming && (
          <Notice tone="info" as="div">
            {t.upcomingNotice(day(page.upcoming.effectiveFrom, locale))}{' '}
            <Link href={`${basePath}/${page.upcoming.version}#co-sie-zmienia`} className="link">
              {t.upcomingLink}
            </Link>
          </Notice>
        )}
        {doc.intro && <p lang={docLang}>{doc.intro}</p>}
        {doc.changes && (
          <section
            id="co-sie-zmienia"
            aria-labelledby="co-sie-zmienia-h"
            className="scroll-mt-20 rounded-lg bg-sky-50 p-4"
          >
            <h2 id="co-sie-zmienia-h" className="font-semibold">
              {t.changesTitle}
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" lang={docLang}>
              {doc.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </section>
        )}
      </header>

      {page.translation ? (
        <>
          <DocumentBody doc={page.translation} t={t} extra={extra} />
          <PolishOriginal t={t} className="mt-4 space-y-6">
            <h2 className="h2">{page.document.title}</h2>
            <DocumentBody doc={page.document} t={t} idPrefix="pl-" />
          </PolishOriginal>
        </>
      ) : locale === 'pl' ? (
        <DocumentBody doc={page.document} t={t} extra={extra} />
      ) : (
        // No translation of this version: the Polish original itself, marked as such.
        <div lang="pl" data-legal-original>
          <DocumentBody doc={page.document} t={t} extra={extra} />
        </div>
      )}

      <footer className="space-y-2 border-t border-slate-200 pt-4 text-sm text-slate-600">
        <p>{t.print}</p>
        <h2 className="font-semibold text-slate-800">{t.versions}</h2>
        <ul className="space-y-1">
          {page.versions.map((v) => (
            <li key={v.version}>
              <Link href={`${basePath}/${v.version}`} className="link">
                {t.versionItem(v.version, day(v.effectiveFrom, locale))}
              </Link>
              {v.status === 'current' && t.currentMark}
              {v.status === 'upcoming' && t.upcomingMark}
            </li>
          ))}
        </ul>
      </footer>
    </article>
  );
}

type Texts = ReturnType<typeof messages>['support']['legal'];

/** The contents, paragraphs and annexes of one document (the translation or the original). */
function DocumentBody({
  doc,
  t,
  extra,
  idPrefix = '',
}: {
  doc: LegalDocument;
  t: Texts;
  extra?: React.ReactNode;
  /** Keeps the original's anchors apart from the translation's on the same page. */
  idPrefix?: string;
}) {
  return (
    <>
      {doc.sections.length > 2 && (
        <nav aria-labelledby={`${idPrefix}spis-tresci`} className="rounded-lg bg-slate-50 p-4">
          <h2 id={`${idPrefix}spis-tresci`} className="font-semibold">
            {t.toc}
          </h2>
          <ol className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
            {doc.sections.map((s, i) => (
              <li key={s.id}>
                <a href={`#${idPrefix}${s.id}`} className="link">
                  § {i + 1}. {s.title}
                </a>
              </li>
            ))}
            {doc.annexes.map((a) => (
              <li key={a.id}>
                <a href={`#${idPrefix}${a.id}`} className="link">
                  {a.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}

      {doc.sections.map((s, i) => (
        <section
          key={s.id}
          id={`${idPrefix}${s.id}`}
          aria-labelledby={`${idPrefix}${s.id}-h`}
          className="scroll-mt-20 space-y-2"
        >
          <h2 id={`${idPrefix}${s.id}-h`} className="h2">
            § {i + 1}. {s.title}
          </h2>
          {s.later && <p className="text-sm italic text-slate-600">{t.later}</p>}
          <ol className="list-decimal space-y-2 pl-6">
            {s.clauses.map((c, j) => (
              <ClauseItem key={j} clause={c} />
            ))}
          </ol>
        </section>
      ))}

      {extra}

      {doc.annexes.map((a) => (
        <section
          key={a.id}
          id={`${idPrefix}${a.id}`}
          aria-labelledby={`${idPrefix}${a.id}-h`}
          className="scroll-mt-20 space-y-2 rounded-lg border border-slate-300 p-4"
        >
          <h2 id={`${idPrefix}${a.id}-h`} className="h2">
            {a.title}
          </h2>
          {a.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
      ))}
    </>
  );
}

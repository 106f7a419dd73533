// The terms of subject packages for children (/rodzina/regulamin) as a page. A Polish reader sees
// the Polish text; any other reader the English courtesy translation with the binding Polish
// original under it, marked as LegalDocumentView marks the main terms' translation.
import Link from 'next/link';
import { Notice } from '@/components/forms/notice';
import { CourtesyNotice, PolishOriginal } from './courtesy';
import { ScrollTable } from '@/components/forms/scroll-table';
import { PACKAGE_CODES, PACKAGES } from '@/lib/families/rules/packages';
import { CURRENCIES, formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { familyTermsEn } from '@/lib/legal/terms/family-terms.en';
import { familyTermsPl, type FamilyTermsSection, type FamilyTermsWording } from '@/lib/legal/terms/family-terms';
import { legalDay } from '@/lib/legal/pages';
import { currentVersion, upcomingVersion } from '@/lib/legal/registry';

/** The wording a reader of `locale` gets first: Polish, else English (there is no other translation). */
export function familyTermsWording(locale: string): FamilyTermsWording {
  return locale === 'pl' ? familyTermsPl : familyTermsEn;
}

export function FamilyTermsView({ locale }: { locale: string }) {
  if (locale === 'pl') {
    return (
      <article className="card mx-auto max-w-3xl space-y-4">
        <FamilyTermsBody w={familyTermsPl} />
      </article>
    );
  }
  const t = messages(locale).support.legal;
  return (
    <article className="card mx-auto max-w-3xl space-y-4">
      <CourtesyNotice t={t} />
      <div className="space-y-4" lang={familyTermsEn.locale}>
        <FamilyTermsBody w={familyTermsEn} />
      </div>
      <PolishOriginal t={t} className="mt-4 space-y-4">
        <FamilyTermsBody w={familyTermsPl} original idPrefix="pl-" />
      </PolishOriginal>
    </article>
  );
}

// The rules a parent accepts when registering and when paying, from the same constants the
// prices are computed with; public, so it can be read before an account exists. Resignation and
// withdrawal follow the terms version in force; an announced version's wording is shown beside.
function FamilyTermsBody({
  w,
  original = false,
  idPrefix = '',
}: {
  w: FamilyTermsWording;
  /** The Polish original under a translation: its title is a section heading, not the page's. */
  original?: boolean;
  /** Keeps the original's anchors apart from the translation's on the same page. */
  idPrefix?: string;
}) {
  const inForce = currentVersion('terms');
  const next = upcomingVersion('terms');
  const now = w.cancellation(inForce.version);
  const later = next ? w.cancellation(next.version) : null;
  // Package names are product data in Polish: quoted as such in another language's text.
  const quotedLang = w.locale === 'pl' ? undefined : 'pl';
  const heading = (id: FamilyTermsSection) => (
    <h2 id={`${idPrefix}${id}`} className="h2">
      {w.headings[id]}
    </h2>
  );
  return (
    <>
      {original ? <h2 className="h2">{w.title}</h2> : <h1 className="h1">{w.title}</h1>}
      <p>{w.intro}</p>

      {heading('konto-i-dzieci')}
      <p>{w.account}</p>

      {heading('okres-testowy')}
      <p>{w.trial}</p>

      {heading('pakiety-i-ceny')}
      <p>{w.currencies}</p>
      <ScrollTable label={w.pricesLabel}>
        <table className="table">
          <caption className="sr-only">{w.pricesLabel}</caption>
          <thead>
            <tr>
              <th scope="col">{w.packageColumn}</th>
              <th scope="col">{w.ageColumn}</th>
              {CURRENCIES.map((c) => (
                <th key={c} scope="col" className="text-right">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PACKAGE_CODES.map((code) => (
              <tr key={code}>
                <th scope="row" className="text-left font-medium" lang={quotedLang}>
                  {PACKAGES[code].name}
                </th>
                <td>{w.ages(PACKAGES[code].ages.min, PACKAGES[code].ages.max)}</td>
                {CURRENCIES.map((c) => (
                  <td key={c} className="whitespace-nowrap text-right">
                    {formatMoney(PACKAGES[code].price[c], c, w.locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <ul className="list-disc space-y-1 pl-5">
        {PACKAGE_CODES.map((code) => (
          <li key={code}>
            <strong>{quotedLang ? <span lang={quotedLang}>{PACKAGES[code].name}</span> : PACKAGES[code].name}:</strong>{' '}
            {w.includes(code).join('; ')}.
          </li>
        ))}
      </ul>
      <p>{w.noChange}</p>

      {heading('rabat-dla-rodzenstwa')}
      <p>{w.siblingDiscount}</p>

      {heading('dodatki')}
      <p>{w.addOns}</p>

      {heading('rezygnacja')}
      <p>{now.resignation}</p>

      {heading('odstapienie')}
      <p>{now.withdrawal}</p>
      {now.siblingSetOff && (
        <>
          {heading('rabat-po-odejsciu-dziecka')}
          <p>{now.siblingSetOff}</p>
        </>
      )}

      {next && later && later !== now && (
        <Notice tone="info" as="div" className="space-y-2">
          <p className="font-semibold">
            {w.upcoming.before(legalDay(next.effectiveFrom, w.locale))}
            <Link href={`/regulamin/${next.version}#pakiety-dla-dzieci`} className="link">
              {next.version}
            </Link>
            {w.upcoming.after}
          </p>
          <p>{later.resignation}</p>
          <p>{later.withdrawal}</p>
          {later.siblingSetOff && <p>{later.siblingSetOff}</p>}
        </Notice>
      )}

      <p className="text-sm text-slate-600">
        {w.footer.before}
        <Link href="/regulamin" className="link">
          {w.footer.link}
        </Link>
        {w.footer.after}
      </p>
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { EXAM_FEE_PLN, EXTRA_SUBJECT_FEE_PLN, POLISH_GROUP_LESSONS_PLN } from '@/lib/families/rules/add-ons';
import { PACKAGE_CODES, PACKAGES } from '@/lib/families/rules/packages';
import { SIBLING_DISCOUNT } from '@/lib/families/rules/sibling-discount';
import { formatMoney, type Currency } from '@/lib/format/money';
import { ScrollTable } from '@/components/forms/scroll-table';
import { Notice } from '@/components/forms/notice';
import { currentVersion, upcomingVersion } from '@/lib/legal/registry';
import { legalDay } from '@/lib/legal/pages';
import { familyCancellationText } from '@/lib/legal/terms/family-cancellation';

export const metadata: Metadata = { title: 'Regulamin pakietów dla dzieci' };

const CURRENCIES: readonly Currency[] = ['PLN', 'GBP', 'EUR', 'USD'];

// The rules a parent accepts when registering and when paying, from the same constants the
// prices are computed with; public, so it can be read before an account exists. Resignation and
// withdrawal follow the terms version in force; an announced version's wording is shown beside.
export default function FamilyTermsPage() {
  const inForce = currentVersion('terms');
  const next = upcomingVersion('terms');
  const now = familyCancellationText(inForce.version);
  const later = next ? familyCancellationText(next.version) : null;
  return (
    <article className="card mx-auto max-w-3xl space-y-4">
      <h1 className="h1">Regulamin pakietów przedmiotowych dla dzieci</h1>
      <p>
        Pakiet to roczny dostęp dziecka do szkoły polskiej online. Rok szkolny trwa od 1 września do 30 czerwca; w lipcu
        i sierpniu dotychczasowi użytkownicy korzystają z platformy bezpłatnie, jeśli nie zrezygnowali przed końcem
        czerwca. Kto zapłaci przed 1 września, do początku roku ma dostęp do platformy przygotowawczej.
      </p>

      <h2 className="h2">Konto i dzieci</h2>
      <p>
        Rodzic podaje imię, e-mail, telefon (nieobowiązkowo) i kraj zamieszkania, a dla każdego dziecka imię i nazwisko
        oraz rok urodzenia. Klasę ustalamy według rocznika; na prośbę rodzica zespół może przypisać dziecko o jedną
        klasę niżej lub wyżej. Dziecko loguje się własnym loginem i hasłem nadanym przez rodzica.
      </p>

      <h2 className="h2">Bezpłatny okres testowy</h2>
      <p>
        Przez 2 dni (48 godzin od kliknięcia „Przetestuj przez 2 dni”) wszystkie dzieci mają dostęp do Pakietu Standard.
        Z okresu testowego można skorzystać raz w roku szkolnym.
      </p>

      <h2 className="h2">Pakiety i ceny za dziecko za rok szkolny</h2>
      <p>
        Walutę wyznacza kraj zamieszkania: Polska — PLN, Wielka Brytania — GBP, pozostałe kraje Europy (poza Rosją) —
        EUR, pozostałe kraje — USD.
      </p>
      <ScrollTable label="Ceny pakietów">
        <table className="table">
          <caption className="sr-only">Ceny pakietów</caption>
          <thead>
            <tr>
              <th scope="col">Pakiet</th>
              <th scope="col">Wiek</th>
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
                <th scope="row" className="text-left font-medium">
                  {PACKAGES[code].name}
                </th>
                <td>
                  {PACKAGES[code].ages.min}–{PACKAGES[code].ages.max} lat
                </td>
                {CURRENCIES.map((c) => (
                  <td key={c} className="whitespace-nowrap text-right">
                    {formatMoney(PACKAGES[code].price[c], c)}
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
            <strong>{PACKAGES[code].name}:</strong> {PACKAGES[code].includes.join('; ')}.
          </li>
        ))}
      </ul>
      <p>Po zapłacie pakietu nie można zmienić.</p>

      <h2 className="h2">Rabat dla rodzeństwa</h2>
      <p>
        Za drugie i każde kolejne dziecko opłata jest niższa o{' '}
        {CURRENCIES.map((c) => formatMoney(SIBLING_DISCOUNT[c], c)).join(' / ')}, tylko gdy wszystkie dzieci mają Pakiet
        Standard. Rabat nie obowiązuje przy płatności w ratach.
      </p>

      <h2 className="h2">Dodatki</h2>
      <p>
        Egzamin: {formatMoney(EXAM_FEE_PLN)} za przedmiot (w Pakietach Standard i Premium egzaminy z przedmiotów
        podstawowych są w cenie). Dodatkowy przedmiot do Pakietu Mini: {formatMoney(EXTRA_SUBJECT_FEE_PLN)}. Lekcje
        języka polskiego w grupach 2–3 osobowych do Pakietu Mini: 1 lekcja — {formatMoney(POLISH_GROUP_LESSONS_PLN[1])},
        5 lekcji — {formatMoney(POLISH_GROUP_LESSONS_PLN[5])}, 10 lekcji — {formatMoney(POLISH_GROUP_LESSONS_PLN[10])}.
        Poza Polską dodatki przeliczamy na walutę zamówienia po kursie z dnia zakupu.
      </p>

      <h2 className="h2">Rezygnacja w trakcie roku</h2>
      <p>{now.resignation}</p>

      <h2 className="h2">Odstąpienie od umowy</h2>
      <p>{now.withdrawal}</p>
      {now.siblingSetOff && (
        <>
          <h2 className="h2">Rabat dla rodzeństwa po odejściu dziecka</h2>
          <p>{now.siblingSetOff}</p>
        </>
      )}

      {next && later && later !== now && (
        <Notice tone="info" as="div" className="space-y-2">
          <p className="font-semibold">
            Od {legalDay(next.effectiveFrom)} (regulamin w wersji{' '}
            <Link href={`/regulamin/${next.version}#pakiety-dla-dzieci`} className="link">
              {next.version}
            </Link>
            ) rezygnacja i odstąpienie działają tak:
          </p>
          <p>{later.resignation}</p>
          <p>{later.withdrawal}</p>
          {later.siblingSetOff && <p>{later.siblingSetOff}</p>}
        </Notice>
      )}

      <p className="text-sm text-slate-600">
        Zasady korzystania z serwisu, płatności i ochrony danych:{' '}
        <Link href="/regulamin" className="link">
          Regulamin serwisu Planeta
        </Link>
        .
      </p>
    </article>
  );
}

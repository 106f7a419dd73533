import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { basicExamSubjects, furtherExamSubjects, miniExtraSubjects, subjectName } from '@/lib/families/subjects';
import { className } from '@/lib/families/class-table';
import { checkPackageAge, PACKAGE_CODES, PACKAGES, subjectsFor } from '@/lib/families/packages';
import { choicesFromForm } from '@/lib/families/choices';
import { newCheckoutKey, quoteFamilyOrder } from '@/lib/families/family-order';
import { schoolYearLabel } from '@/lib/families/school-year';
import { childClass } from '@/lib/families/children';
import { formatMoney } from '@/lib/format/money';
import { convertFromPln, formatRate } from '@/lib/families/exchange-rate';
import { EXAM_FEE_PLN, EXTRA_SUBJECT_FEE_PLN, POLISH_GROUP_LESSONS_PLN } from '@/lib/families/add-ons';
import { formatDate } from '@/lib/format/time';
import { placeFamilyOrder } from '@/lib/actions/families/order';
import { ActionForm } from '@/components/forms/action-form';

export const metadata: Metadata = { title: 'Pakiety dla dzieci' };
export const dynamic = 'force-dynamic';

export default async function PackagesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission('families:manage-own', '/rodzina/pakiety');
  const params = await searchParams;
  const now = currentTime();
  const quote = await quoteFamilyOrder(user.id, choicesFromForm(params), now);
  const { currency, schoolYear, children, chosen, priced } = quote;
  const picked = new Map(chosen.map((c) => [c.childId, c]));
  const hidden: Record<string, string | string[]> = { checkoutKey: newCheckoutKey() };
  for (const c of chosen) {
    hidden[`pkg_${c.childId}`] = c.package;
    if (c.exams?.length) hidden[`exam_${c.childId}`] = c.exams;
    if (c.extraSubjects?.length) hidden[`extra_${c.childId}`] = c.extraSubjects;
    if (c.polishGroupLessons) hidden[`lessons_${c.childId}`] = c.polishGroupLessons;
  }
  const nameOf = (id: string) => children.find((c) => c.id === id)?.fullName ?? '';
  // Add-ons are priced in PLN (§5.5–5.8); abroad they are shown in the parent's currency at the
  // purchase day's rate, or in złoty with the reason when the staff have not entered a rate yet.
  const rate =
    currency !== 'PLN' && quote.rate ? { currency, plnPerUnitTimes10000: quote.rate.plnPerUnitTimes10000 } : null;
  const addOnPrice = (plnMinor: number) =>
    rate ? formatMoney(convertFromPln([plnMinor], rate)[0], currency) : formatMoney(plnMinor, 'PLN');

  return (
    <div className="space-y-8">
      <div>
        <p>
          <Link href="/rodzina" className="link text-sm">
            ← Moja rodzina
          </Link>
        </p>
        <h1 className="h1">Pakiety na rok szkolny {schoolYearLabel(schoolYear)}</h1>
        <p className="muted">
          Ceny za dziecko za rok szkolny, w walucie kraju zamieszkania ({currency}). Po zapłacie pakietu nie można
          zmienić.
        </p>
      </div>
      {children.length === 0 && (
        <p>
          Najpierw{' '}
          <Link href="/rodzina" className="link">
            dodaj dziecko
          </Link>
          .
        </p>
      )}

      <form method="get" className="space-y-8">
        {children.map((child) => {
          const cls = childClass(child, schoolYear);
          const choice = picked.get(child.id);
          const paid = quote.alreadyPaid.has(child.id);
          return (
            <fieldset key={child.id} className="card space-y-4" data-testid={`packages-${child.user.login}`}>
              <legend className="h2 px-1">{child.fullName}</legend>
              <p className="text-sm text-slate-700">
                Rocznik {child.birthYear} · {cls.ok ? className(cls.classNumber) : cls.message}
              </p>
              {paid ? (
                <p className="font-medium">Pakiet na ten rok szkolny jest opłacony — nie można go zmienić.</p>
              ) : (
                <>
                  <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
                    {PACKAGE_CODES.map((code) => {
                      const pkg = PACKAGES[code];
                      const age = checkPackageAge(code, child.birthYear, schoolYear);
                      const subjects = pkg.hasClasses
                        ? cls.ok
                          ? subjectsFor(code, cls.classNumber)
                          : []
                        : subjectsFor(code, 0);
                      return (
                        <section
                          key={code}
                          className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                        >
                          <h3 className="font-semibold">{pkg.name}</h3>
                          <p className="text-2xl font-bold">{formatMoney(pkg.price[currency], currency)}</p>
                          <p className="text-sm">
                            Wiek: {pkg.ages.min}–{pkg.ages.max} lat{pkg.hasClasses ? '' : ', bez podziału na klasy'}
                          </p>
                          <p className="text-sm font-medium">
                            {pkg.hasClasses && cls.ok ? `Przedmioty (${className(cls.classNumber)}):` : 'Przedmioty:'}
                          </p>
                          <ul className="list-disc pl-5 text-sm">
                            {subjects.map((s) => (
                              <li key={s}>{subjectName(s)}</li>
                            ))}
                          </ul>
                          <ul className="list-disc pl-5 text-sm text-slate-700">
                            {pkg.includes.map((i) => (
                              <li key={i}>{i}</li>
                            ))}
                          </ul>
                          <div className="mt-auto pt-2">
                            {age.ok && (!pkg.hasClasses || cls.ok) ? (
                              <label className="flex items-center gap-2 text-sm font-semibold">
                                <input
                                  type="radio"
                                  name={`pkg_${child.id}`}
                                  value={code}
                                  defaultChecked={choice?.package === code}
                                  className="h-4 w-4"
                                />
                                Wybieram {pkg.name}
                                <span className="sr-only"> dla: {child.fullName}</span>
                              </label>
                            ) : (
                              <p className="text-sm text-red-700" data-testid="age-refusal">
                                {age.ok ? (cls.ok ? '' : cls.message) : age.message}
                              </p>
                            )}
                          </div>
                        </section>
                      );
                    })}
                  </div>
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="radio"
                      name={`pkg_${child.id}`}
                      value=""
                      defaultChecked={!choice}
                      className="h-4 w-4"
                    />
                    Bez pakietu<span className="sr-only"> dla: {child.fullName}</span>
                  </label>
                  {cls.ok && (
                    <details
                      className="rounded-lg border border-slate-200 p-3 text-sm"
                      open={Boolean(
                        choice?.exams?.length || choice?.extraSubjects?.length || choice?.polishGroupLessons,
                      )}
                    >
                      <summary className="cursor-pointer font-medium">
                        Dodatki: egzaminy, przedmioty do Pakietu Mini, lekcje w grupach
                      </summary>
                      <div className="mt-3 grid gap-4 md:grid-cols-3">
                        <fieldset>
                          <legend className="font-medium">
                            Egzaminy ({addOnPrice(EXAM_FEE_PLN)} za przedmiot; podstawowe w cenie Standard i Premium)
                          </legend>
                          {[...basicExamSubjects(cls.classNumber), ...furtherExamSubjects(cls.classNumber)].map((s) => (
                            <label key={s} className="flex items-center gap-2">
                              <input
                                type="checkbox"
                                name={`exam_${child.id}`}
                                value={s}
                                defaultChecked={choice?.exams?.includes(s)}
                                className="h-4 w-4"
                              />
                              {subjectName(s)}
                            </label>
                          ))}
                        </fieldset>
                        <fieldset>
                          <legend className="font-medium">
                            Dodatkowe przedmioty do Pakietu Mini ({addOnPrice(EXTRA_SUBJECT_FEE_PLN)} każdy)
                          </legend>
                          {miniExtraSubjects(cls.classNumber).length === 0 && (
                            <p className="muted">Brak w tej klasie.</p>
                          )}
                          {miniExtraSubjects(cls.classNumber).map((s) => (
                            <label key={s} className="flex items-center gap-2">
                              <input
                                type="checkbox"
                                name={`extra_${child.id}`}
                                value={s}
                                defaultChecked={choice?.extraSubjects?.includes(s)}
                                className="h-4 w-4"
                              />
                              {subjectName(s)}
                            </label>
                          ))}
                        </fieldset>
                        <div>
                          <label htmlFor={`lessons-${child.id}`} className="font-medium">
                            Lekcje polskiego w grupach 2–3 osobowych (Pakiet Mini)
                          </label>
                          <select
                            id={`lessons-${child.id}`}
                            name={`lessons_${child.id}`}
                            defaultValue={choice?.polishGroupLessons ?? ''}
                            className="input mt-1"
                          >
                            <option value="">bez lekcji</option>
                            <option value="1">1 lekcja — {addOnPrice(POLISH_GROUP_LESSONS_PLN[1])}</option>
                            <option value="5">5 lekcji — {addOnPrice(POLISH_GROUP_LESSONS_PLN[5])}</option>
                            <option value="10">10 lekcji — {addOnPrice(POLISH_GROUP_LESSONS_PLN[10])}</option>
                          </select>
                        </div>
                      </div>
                      {currency !== 'PLN' &&
                        (quote.rate ? (
                          <p className="mt-2 text-slate-600">
                            Ceny dodatków ustalone są w złotych; przeliczamy je na {currency} po kursie z dnia zakupu:{' '}
                            {formatRate(quote.rate.plnPerUnitTimes10000)} zł za 1 {currency} (kurs z{' '}
                            {formatDate(quote.rate.effectiveOn)}).
                          </p>
                        ) : (
                          <p className="mt-2 rounded-lg bg-amber-50 p-3 text-amber-900" data-testid="no-rate">
                            Ceny dodatków ustalone są w złotych i przeliczamy je na {currency} po kursie z dnia zakupu.
                            Kurs na dziś nie został jeszcze wprowadzony, więc dodatków nie można dziś zamówić — spróbuj
                            ponownie w kolejnym dniu roboczym. Pakiety bez dodatków możesz kupić już teraz.
                          </p>
                        ))}
                    </details>
                  )}
                </>
              )}
            </fieldset>
          );
        })}
        {children.length > 0 && (
          <button type="submit" className="btn-primary">
            Przelicz cenę
          </button>
        )}
      </form>

      {priced && (
        <section aria-labelledby="podsumowanie" className="card space-y-4">
          <h2 id="podsumowanie" className="h2">
            Podsumowanie zamówienia
          </h2>
          {!priced.ok ? (
            <ul role="alert" className="list-disc space-y-1 pl-5 text-red-800" data-testid="order-errors">
              {priced.errors.map((e, i) => (
                <li key={i}>
                  {e.childId ? `${nameOf(e.childId)}: ` : ''}
                  {e.message}
                </li>
              ))}
            </ul>
          ) : (
            <>
              <table className="table">
                <caption className="sr-only">Pozycje zamówienia</caption>
                <thead>
                  <tr>
                    <th scope="col">Dziecko</th>
                    <th scope="col">Pozycja</th>
                    <th scope="col" className="text-right">
                      Kwota
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {priced.lines.map((l, i) => (
                    <tr key={i}>
                      <td>{nameOf(l.childId)}</td>
                      <td>
                        {l.description}
                        {l.amountPlnMinor !== undefined && currency !== 'PLN'
                          ? ` (${formatMoney(l.amountPlnMinor, 'PLN')})`
                          : ''}
                      </td>
                      <td className="whitespace-nowrap text-right">{formatMoney(l.amountMinor, currency)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={2}>
                      Razem
                    </th>
                    <td className="whitespace-nowrap text-right font-bold" data-testid="order-total">
                      {formatMoney(priced.totalMinor, currency)}
                    </td>
                  </tr>
                </tfoot>
              </table>
              <p
                role="status"
                data-testid="sibling-discount"
                className={
                  priced.siblingDiscount.applies
                    ? 'rounded-lg bg-green-50 p-3 text-green-900'
                    : 'rounded-lg bg-slate-100 p-3 text-slate-800'
                }
              >
                {priced.siblingDiscount.applies
                  ? 'Rabat dla rodzeństwa naliczony. '
                  : 'Rabat dla rodzeństwa nie obowiązuje. '}
                {priced.siblingDiscount.message}
              </p>
              {chosen.some((c) => quote.alreadyPaid.has(c.childId)) ? null : (
                <ActionForm
                  action={placeFamilyOrder}
                  hidden={hidden}
                  submit={`Zamawiam i płacę ${formatMoney(priced.totalMinor, currency)}`}
                  className="space-y-4"
                >
                  <fieldset className="space-y-2">
                    <legend className="font-semibold">Płatność przez PayU</legend>
                    {[
                      ['blik', 'BLIK'],
                      ['transfer', 'Szybki przelew'],
                    ].map(([value, label]) => (
                      <label key={value} className="flex items-center gap-2 text-sm">
                        <input
                          type="radio"
                          name="payMethod"
                          value={value}
                          defaultChecked={value === 'blik'}
                          className="h-4 w-4"
                        />
                        {label}
                      </label>
                    ))}
                  </fieldset>
                  <label className="flex items-start gap-2 text-sm">
                    <input type="checkbox" name="terms" className="mt-1 h-4 w-4" />
                    <span>
                      Akceptuję{' '}
                      <Link href="/rodzina/regulamin" target="_blank" className="link">
                        regulamin pakietów
                      </Link>
                      ; rozumiem, że po zapłacie pakietu nie można zmienić.
                    </span>
                  </label>
                </ActionForm>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}

// What /rodzina/pakiety shows, computed once from the quote: per child the packages it may take,
// its add-ons and what was ticked; then the order summary. Plain data in, plain data out.
import { checkPackageAge, PACKAGE_CODES, PACKAGES, subjectsFor, type PackageCode } from '@/lib/families/rules/packages';
import {
  basicExamSubjects,
  furtherExamSubjects,
  inSchoolOrder,
  miniExtraSubjects,
  subjectName,
  type SubjectCode,
} from '@/lib/families/rules/subjects';
import { classForChild, className } from '@/lib/families/rules/class-table';
import { schoolYearLabel } from '@/lib/families/rules/school-year';
import { convertFromPln } from '@/lib/families/rules/exchange-rate';
import { formatRate } from '@/lib/format/rate';
import { EXAM_FEE_PLN, EXTRA_SUBJECT_FEE_PLN, POLISH_GROUP_LESSONS_PLN } from '@/lib/families/rules/add-ons';
import { choicesFromForm } from '@/lib/families/choices';
import { newCheckoutKey, quoteFamilyOrder, type ChildChoice, type FamilyQuote } from '@/lib/families/family-order';
import { formatMoney } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { currentTime } from '@/lib/clock/clock';
import { payMethodChoices, type PayMethodChoice } from '@/lib/payments/pay-methods';
import { db } from '@/lib/db/client';
import { examsView, type ExamsView, type PackageRow } from '@/lib/families/exams';
import { packageSubjects } from '@/lib/settlement/family-activation';
import { messages, text } from '@/lib/i18n';

export type Option = { value: string; label: string; checked: boolean };

export type PackageOffer = {
  code: PackageCode;
  name: string;
  price: string;
  ages: { min: number; max: number };
  hasClasses: boolean;
  /** The class the subjects are for, when the package has classes and the child has one. */
  classLabel: string | null;
  subjects: string[];
  includes: readonly string[];
  /** Can be picked; otherwise `refusal` says why (age or class). */
  selectable: boolean;
  refusal: string;
  checked: boolean;
};

export type AddOnsView = {
  open: boolean;
  examFee: string;
  extraFee: string;
  exams: Option[];
  extras: Option[];
  lessons: { value: string; options: { count: number; value: string; price: string }[] };
  /** Abroad: the rate the add-ons are converted at, or that there is none yet today. */
  rate:
    | null
    | { kind: 'rate'; currency: string; rate: string; effectiveOn: string }
    | { kind: 'missing'; currency: string };
};

export type ChildPackagesView = {
  id: string;
  login: string | null;
  fullName: string;
  birthYear: number;
  classLabel: string;
  paid: boolean;
  /** The package paid for this year: its subjects and its exam, shown instead of the offers. */
  purchased: { heading: string; subjects: string[]; exams: ExamsView | null } | null;
  offers: PackageOffer[];
  noPackage: boolean;
  addOns: AddOnsView | null;
};

export type OrderSummaryView =
  | { ok: false; errors: string[] }
  | {
      ok: true;
      lines: { child: string; description: string; amount: string }[];
      total: string;
      discount: { applies: boolean; message: string };
      /** The pay form, unless a chosen child's package is already paid. */
      order: null | { hidden: Record<string, string | string[]>; total: string; payMethods: PayMethodChoice[] };
    };

export type PackagePageModel = {
  schoolYear: string;
  currency: string;
  children: ChildPackagesView[];
  summary: OrderSummaryView | null;
};

/** The hidden fields that carry the priced choice into the pay action. */
export function orderFields(chosen: readonly ChildChoice[], checkoutKey: string): Record<string, string | string[]> {
  const hidden: Record<string, string | string[]> = { checkoutKey };
  for (const c of chosen) {
    hidden[`pkg_${c.childId}`] = c.package;
    if (c.exams?.length) hidden[`exam_${c.childId}`] = c.exams;
    if (c.extraSubjects?.length) hidden[`extra_${c.childId}`] = c.extraSubjects;
    if (c.polishGroupLessons) hidden[`lessons_${c.childId}`] = c.polishGroupLessons;
  }
  return hidden;
}

type Quote = Pick<FamilyQuote, 'currency' | 'schoolYear' | 'children' | 'chosen' | 'priced' | 'alreadyPaid' | 'rate'>;

/** A child's package paid for the quote's year, as stored (FamilyPackage). */
export type PaidPackageRow = PackageRow & { childId: string };

export function packagePageModel(
  quote: Quote,
  checkoutKey: string,
  payMethods: PayMethodChoice[] = [],
  paidPackages: readonly PaidPackageRow[] = [],
  now = currentTime(),
  locale?: string,
): PackagePageModel {
  const { currency, schoolYear, children, chosen, priced } = quote;
  const names = messages(locale).families.packages;
  const subject = (s: SubjectCode) => subjectName(s, locale);
  const picked = new Map(chosen.map((c) => [c.childId, c]));
  const nameOf = (id: string) => children.find((c) => c.id === id)?.fullName ?? '';
  // Add-ons are priced in PLN (§5.5–5.8); abroad they are shown in the parent's currency at the
  // purchase day's rate, or in złoty with the reason when the staff have not entered a rate yet.
  const rate =
    currency !== 'PLN' && quote.rate ? { currency, plnPerUnitTimes10000: quote.rate.plnPerUnitTimes10000 } : null;
  const addOnPrice = (plnMinor: number) =>
    rate ? formatMoney(convertFromPln([plnMinor], rate)[0], currency, locale) : formatMoney(plnMinor, 'PLN', locale);
  const rateView: AddOnsView['rate'] =
    currency === 'PLN'
      ? null
      : quote.rate
        ? {
            kind: 'rate',
            currency,
            rate: formatRate(quote.rate.plnPerUnitTimes10000),
            effectiveOn: formatDate(quote.rate.effectiveOn, locale),
          }
        : { kind: 'missing', currency };

  const views = children.map((child): ChildPackagesView => {
    const cls = classForChild(child.birthYear, schoolYear, child.classShift);
    const choice = picked.get(child.id);
    const offers = PACKAGE_CODES.map((code): PackageOffer => {
      const pkg = PACKAGES[code];
      const age = checkPackageAge(code, child.birthYear, schoolYear);
      const subjects = pkg.hasClasses ? (cls.ok ? subjectsFor(code, cls.classNumber) : []) : subjectsFor(code, 0);
      return {
        code,
        name: names[code].name,
        price: formatMoney(pkg.price[currency], currency, locale),
        ages: pkg.ages,
        hasClasses: pkg.hasClasses,
        classLabel: pkg.hasClasses && cls.ok ? className(cls.classNumber, locale) : null,
        subjects: subjects.map(subject),
        includes: names[code].includes,
        selectable: age.ok && (!pkg.hasClasses || cls.ok),
        refusal: age.ok
          ? cls.ok
            ? ''
            : text(cls.reason, locale)
          : text(
              {
                code: 'families.errors.packageAge',
                params: [names[code].name, pkg.ages.min, pkg.ages.max, child.birthYear, schoolYear.startYear, age.age],
              },
              locale,
            ),
        checked: choice?.package === code,
      };
    });
    const addOns: AddOnsView | null = cls.ok
      ? {
          open: Boolean(choice?.exams?.length || choice?.extraSubjects?.length || choice?.polishGroupLessons),
          examFee: addOnPrice(EXAM_FEE_PLN),
          extraFee: addOnPrice(EXTRA_SUBJECT_FEE_PLN),
          exams: inSchoolOrder([...basicExamSubjects(cls.classNumber), ...furtherExamSubjects(cls.classNumber)]).map(
            (s) => ({
              value: s,
              label: subject(s),
              checked: Boolean(choice?.exams?.includes(s)),
            }),
          ),
          extras: inSchoolOrder(miniExtraSubjects(cls.classNumber)).map((s) => ({
            value: s,
            label: subject(s),
            checked: Boolean(choice?.extraSubjects?.includes(s)),
          })),
          lessons: {
            value: choice?.polishGroupLessons ?? '',
            options: [1, 5, 10].map((n) => ({
              count: n,
              value: String(n),
              price: addOnPrice(POLISH_GROUP_LESSONS_PLN[n]),
            })),
          },
          rate: rateView,
        }
      : null;
    return {
      id: child.id,
      login: child.user.login,
      fullName: child.fullName,
      birthYear: child.birthYear,
      classLabel: cls.ok ? className(cls.classNumber, locale) : text(cls.reason, locale),
      paid: quote.alreadyPaid.has(child.id),
      purchased: purchasedView(
        paidPackages.find((p) => p.childId === child.id),
        now,
        locale,
      ),
      offers,
      noPackage: !choice,
      addOns,
    };
  });

  let summary: OrderSummaryView | null = null;
  if (priced && !priced.ok) {
    summary = {
      ok: false,
      errors: priced.errors.map((e) => `${'childId' in e && e.childId ? `${nameOf(e.childId)}: ` : ''}${e.message}`),
    };
  } else if (priced) {
    const total = formatMoney(priced.totalMinor, currency, locale);
    summary = {
      ok: true,
      lines: priced.lines.map((l) => ({
        child: nameOf(l.childId),
        description:
          l.description +
          (l.amountPlnMinor !== undefined && currency !== 'PLN'
            ? ` (${formatMoney(l.amountPlnMinor, 'PLN', locale)})`
            : ''),
        amount: formatMoney(l.amountMinor, currency, locale),
      })),
      total,
      discount: { applies: priced.siblingDiscount.applies, message: priced.siblingDiscount.message },
      order: chosen.some((c) => quote.alreadyPaid.has(c.childId))
        ? null
        : { hidden: orderFields(chosen, checkoutKey), total, payMethods },
    };
  }
  return { schoolYear: schoolYearLabel(schoolYear), currency, children: views, summary };
}

function purchasedView(p: PaidPackageRow | undefined, now: Date, locale?: string): ChildPackagesView['purchased'] {
  if (!p) return null;
  const code = p.packageCode as PackageCode;
  const t = messages(locale).families;
  return {
    heading: t.paidPackage.heading(t.packages[code].name),
    // packageSubjects gives the school's order (rules/subjects.ts) with the bought extras in place.
    subjects: inSchoolOrder(packageSubjects(code, p.classNumber, p.addOns)).map((s) => subjectName(s, locale)),
    exams: examsView(p, now, locale),
  };
}

/** The page's one call: the parent's quote for what the GET form asked, as the page model. */
export async function packagePage(
  parentId: string,
  params: Record<string, string | string[] | undefined>,
  now = currentTime(),
  locale?: string,
): Promise<PackagePageModel> {
  const quote = await quoteFamilyOrder(parentId, choicesFromForm(params), now);
  // Only what PayU takes in the parent's currency: abroad that is the card alone.
  const payMethods = quote.priced?.ok ? await payMethodChoices(quote.currency, quote.priced.totalMinor) : [];
  const paid = await db().familyPackage.findMany({
    where: { child: { parentId }, schoolYear: quote.schoolYear.startYear, status: 'ACTIVE' },
    select: { childId: true, packageCode: true, classNumber: true, schoolYear: true, addOns: true },
  });
  return packagePageModel(quote, newCheckoutKey(), payMethods, paid, now, locale);
}

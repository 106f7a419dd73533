// The package page's model: what each child may pick, what stays ticked, and the summary's pay form.
import { describe, expect, it } from 'vitest';
import { orderFields, packagePageModel } from '@/lib/families/package-page';
import { priceOrder } from '@/lib/families/rules/pricing';
import { checkPackageAge, PACKAGE_CODES } from '@/lib/families/rules/packages';
import type { ChildRow } from '@/lib/families/children';
import type { FamilyQuote } from '@/lib/families/family-order';
import { formatMoney } from '@/lib/format/money';

const schoolYear = { startYear: 2026 };
const child = (id: string, fullName: string, birthYear: number): ChildRow => ({
  id,
  fullName,
  birthYear,
  classShift: 0,
  requestedShift: null,
  classChangeStatus: null,
  user: { id: `u-${id}`, login: id },
});
const zosia = child('zosia', 'Zosia Nowak', 2016); // class 4 in 2026/2027
const baby = child('baby', 'Maluch Nowak', 2024); // too young for any class

function quote(extra: Partial<FamilyQuote> = {}): FamilyQuote {
  return {
    currency: 'PLN',
    schoolYear,
    children: [zosia],
    chosen: [],
    priced: null,
    alreadyPaid: new Set(),
    rate: null,
    ...extra,
  };
}

describe('packagePageModel', () => {
  it('offers every package, selectable by age, nothing ticked and no summary before a choice', () => {
    const m = packagePageModel(quote(), 'key');
    expect(m.schoolYear).toBe('2026/2027');
    expect(m.summary).toBeNull();
    const [c] = m.children;
    expect(c.noPackage).toBe(true);
    expect(c.classLabel).toMatch(/4/);
    expect(c.offers.map((o) => o.code)).toEqual(PACKAGE_CODES);
    for (const o of c.offers) {
      expect(o.selectable).toBe(checkPackageAge(o.code, 2016, schoolYear).ok);
      expect(o.checked).toBe(false);
      if (!o.selectable) expect(o.refusal).not.toBe('');
    }
    expect(c.addOns?.rate).toBeNull(); // PLN: no conversion note
    expect(c.addOns?.lessons.options.map((o) => o.value)).toEqual(['1', '5', '10']);
  });

  it('a child without a class gets no add-ons and the class refusal on class packages', () => {
    const m = packagePageModel(quote({ children: [baby] }), 'key');
    const [c] = m.children;
    expect(c.addOns).toBeNull();
    for (const o of c.offers.filter((x) => x.hasClasses)) expect(o.selectable).toBe(false);
  });

  it('keeps the choice ticked and prices it into a pay form carrying the choice', () => {
    const chosen = [{ childId: 'zosia', package: 'STANDARD', exams: ['MATEMATYKA'], polishGroupLessons: '5' }];
    const priced = priceOrder({
      currency: 'PLN',
      schoolYear,
      children: [{ childId: 'zosia', birthYear: 2016, package: 'STANDARD' }],
    });
    const m = packagePageModel(quote({ chosen, priced }), 'key-1');
    const [c] = m.children;
    expect(c.offers.find((o) => o.code === 'STANDARD')?.checked).toBe(true);
    expect(c.noPackage).toBe(false);
    expect(c.addOns?.open).toBe(true);
    expect(c.addOns?.lessons.value).toBe('5');
    expect(m.summary?.ok).toBe(true);
    if (!m.summary?.ok) throw new Error('expected a priced summary');
    expect(m.summary.lines[0].child).toBe('Zosia Nowak');
    expect(m.summary.order?.hidden).toEqual({
      checkoutKey: 'key-1',
      pkg_zosia: 'STANDARD',
      exam_zosia: ['MATEMATYKA'],
      lessons_zosia: '5',
    });
    expect(m.summary.order?.total).toBe(m.summary.total);
  });

  it('offers no pay form when a chosen child is already paid, and locks that child', () => {
    const chosen = [{ childId: 'zosia', package: 'STANDARD' }];
    const priced = priceOrder({
      currency: 'PLN',
      schoolYear,
      children: [{ childId: 'zosia', birthYear: 2016, package: 'STANDARD' }],
    });
    const m = packagePageModel(quote({ chosen, priced, alreadyPaid: new Set(['zosia']) }), 'k');
    expect(m.children[0].paid).toBe(true);
    expect(m.summary?.ok && m.summary.order).toBeNull();
  });

  it('names the child in each refusal', () => {
    const m = packagePageModel(
      quote({
        chosen: [{ childId: 'zosia', package: 'MINI' }],
        priced: { ok: false, errors: [{ code: 'X', childId: 'zosia', message: 'Za młode.' }] } as never,
      }),
      'k',
    );
    expect(m.summary).toEqual({ ok: false, errors: ['Zosia Nowak: Za młode.'] });
  });

  it('abroad: add-ons at the day’s rate, or the note that there is no rate yet', () => {
    const withRate = packagePageModel(
      quote({ currency: 'EUR', rate: { plnPerUnitTimes10000: 40000, effectiveOn: new Date('2026-09-01T10:00:00Z') } }),
      'k',
    );
    const addOns = withRate.children[0].addOns!;
    expect(addOns.rate).toMatchObject({ kind: 'rate', currency: 'EUR', rate: '4,0000' });
    expect(addOns.examFee).toBe(formatMoney(2500, 'EUR')); // 100 zł at 4 zł per euro
    const without = packagePageModel(quote({ currency: 'EUR' }), 'k');
    expect(without.children[0].addOns?.rate).toEqual({ kind: 'missing', currency: 'EUR' });
    expect(without.children[0].addOns?.examFee).toBe(formatMoney(10000, 'PLN'));
  });

  it('in English: prices, package names and contents, subjects and class in the reader’s language', () => {
    const m = packagePageModel(quote(), 'key', [], [], undefined, 'en');
    const [c] = m.children;
    expect(c.classLabel).not.toMatch(/klasa/);
    const start = c.offers.find((o) => o.code === 'NA_START')!;
    expect(start.price).toBe(formatMoney(175000, 'PLN', 'en'));
    expect(start.price).not.toMatch(/zł/);
    expect(start.name).toBe('Starter Package');
    expect(start.includes[0]).toBe('Polish from scratch course: 20 lesson plans');
    expect(start.subjects).not.toContain('język polski od podstaw');
    const mini = c.offers.find((o) => o.code === 'MINI')!;
    expect(mini.subjects).not.toContain('język polski');
    expect(c.addOns?.examFee).toBe(formatMoney(10000, 'PLN', 'en'));
    // Polish stays the default for the other callers.
    const pl = packagePageModel(quote(), 'key').children[0].offers.find((o) => o.code === 'NA_START')!;
    expect(pl.price).toBe(formatMoney(175000, 'PLN'));
    expect(pl.includes[0]).toBe('kurs języka polskiego od podstaw: 20 scenariuszy lekcyjnych');
    expect(pl.subjects).toEqual(['język polski od podstaw']);
  });
});

describe('orderFields', () => {
  it('omits empty add-ons', () => {
    expect(orderFields([{ childId: 'a', package: 'MINI', exams: [], extraSubjects: [] }], 'k')).toEqual({
      checkoutKey: 'k',
      pkg_a: 'MINI',
    });
  });
});

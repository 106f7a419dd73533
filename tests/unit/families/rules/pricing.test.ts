import { describe, expect, it } from 'vitest';
import { priceOrder, type ChildInOrder, type OrderInput } from '@/lib/families/rules/pricing';
import type { Currency } from '@/lib/format/money';

// In 2026/2027: born 2021 → zerówka, 2019 → class 1, 2016 → class 4, 2015 → class 5, 2012 → class 8.
const schoolYear = { startYear: 2026 };
const child = (
  childId: string,
  pkg: ChildInOrder['package'],
  birthYear = 2016,
  extra: Partial<ChildInOrder> = {},
): ChildInOrder => ({ childId, birthYear, package: pkg, ...extra });
const order = (currency: Currency, children: ChildInOrder[], extra: Partial<OrderInput> = {}): OrderInput => ({
  currency,
  schoolYear,
  children,
  ...extra,
});

function priced(input: OrderInput) {
  const r = priceOrder(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}
function failed(input: OrderInput) {
  const r = priceOrder(input);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('package prices in an order', () => {
  it.each([
    ['NA_START', 'PLN', 175000],
    ['NA_START', 'GBP', 35900],
    ['NA_START', 'EUR', 40900],
    ['NA_START', 'USD', 46900],
    ['MINI', 'PLN', 219900],
    ['MINI', 'GBP', 45900],
    ['MINI', 'EUR', 50900],
    ['MINI', 'USD', 59000],
    ['STANDARD', 'PLN', 299900],
    ['STANDARD', 'GBP', 61900],
    ['STANDARD', 'EUR', 69900],
    ['STANDARD', 'USD', 80900],
    ['PREMIUM', 'PLN', 499900],
    ['PREMIUM', 'GBP', 103900],
    ['PREMIUM', 'EUR', 115900],
    ['PREMIUM', 'USD', 134900],
  ] as const)('%s in %s costs %i', (pkg, currency, total) => {
    const r = priced(order(currency, [child('a', pkg)]));
    expect(r.totalMinor).toBe(total);
    expect(r.lines).toEqual([
      { childId: 'a', kind: 'PACKAGE', description: expect.stringContaining('Pakiet'), amountMinor: total },
    ]);
  });
});

describe('sibling discount (§5.3)', () => {
  it('does not apply to a single child', () => {
    const r = priced(order('PLN', [child('a', 'STANDARD')]));
    expect(r.siblingDiscount).toMatchObject({ applies: false, code: 'SINGLE_CHILD' });
    expect(r.totalMinor).toBe(299900);
  });

  it('two Standard children: the second pays 1999 PLN', () => {
    const r = priced(order('PLN', [child('a', 'STANDARD'), child('b', 'STANDARD', 2019)]));
    expect(r.siblingDiscount).toMatchObject({ applies: true, code: 'APPLIED', discountedChildren: 1 });
    expect(r.lines.filter((l) => l.kind === 'SIBLING_DISCOUNT')).toEqual([
      { childId: 'b', kind: 'SIBLING_DISCOUNT', description: 'Rabat dla rodzeństwa', amountMinor: -100000 },
    ]);
    expect(r.totalMinor).toBe(299900 + 199900);
  });

  it.each([
    ['PLN', 299900 + 2 * 199900],
    ['GBP', 61900 + 2 * 40900],
    ['EUR', 69900 + 2 * 46900],
    ['USD', 80900 + 2 * 52900],
  ] as const)('three Standard children in %s: 2nd and 3rd discounted → %i', (currency, total) => {
    const r = priced(
      order(currency, [child('a', 'STANDARD', 2012), child('b', 'STANDARD', 2016), child('c', 'STANDARD', 2021)]),
    );
    expect(r.siblingDiscount).toMatchObject({ applies: true, discountedChildren: 2 });
    expect(r.lines.filter((l) => l.kind === 'SIBLING_DISCOUNT').map((l) => l.childId)).toEqual(['b', 'c']);
    expect(r.totalMinor).toBe(total);
  });

  it('does not apply to mixed packages, even if two of three are Standard', () => {
    const r = priced(order('PLN', [child('a', 'STANDARD'), child('b', 'STANDARD'), child('c', 'MINI')]));
    expect(r.siblingDiscount).toMatchObject({ applies: false, code: 'NOT_ALL_STANDARD' });
    expect(r.siblingDiscount.message).toContain('Pakiet Standard');
    expect(r.totalMinor).toBe(299900 * 2 + 219900);
    expect(r.lines.some((l) => l.kind === 'SIBLING_DISCOUNT')).toBe(false);
  });

  it('a child bought later: a sibling with Standard paid this year makes it the second child', () => {
    const r = priced(order('GBP', [child('b', 'STANDARD')], { paidSiblings: ['STANDARD'] }));
    expect(r.siblingDiscount).toMatchObject({ applies: true, discountedChildren: 1 });
    expect(r.siblingDiscount.message).toContain('już opłacony');
    expect(r.totalMinor).toBe(40900);
  });

  it('a child bought later gets no discount when a sibling paid for another package, or is not Standard itself', () => {
    const mixed = priced(order('PLN', [child('b', 'STANDARD')], { paidSiblings: ['STANDARD', 'MINI'] }));
    expect(mixed.siblingDiscount).toMatchObject({ applies: false, code: 'NOT_ALL_STANDARD' });
    expect(mixed.siblingDiscount.message).toContain('już opłacony');
    expect(mixed.totalMinor).toBe(299900);
    const mini = priced(order('PLN', [child('b', 'MINI')], { paidSiblings: ['STANDARD'] }));
    expect(mini.siblingDiscount).toMatchObject({ applies: false, code: 'NOT_ALL_STANDARD' });
    expect(mini.totalMinor).toBe(219900);
  });

  it('does not apply to Premium siblings', () => {
    const r = priced(order('EUR', [child('a', 'PREMIUM'), child('b', 'PREMIUM')]));
    expect(r.siblingDiscount.code).toBe('NOT_ALL_STANDARD');
    expect(r.totalMinor).toBe(2 * 115900);
  });

  it('does not apply with instalments', () => {
    const r = priced(order('PLN', [child('a', 'STANDARD'), child('b', 'STANDARD')], { instalments: true }));
    expect(r.siblingDiscount).toMatchObject({ applies: false, code: 'INSTALMENTS' });
    expect(r.siblingDiscount.message).toContain('w ratach');
    expect(r.totalMinor).toBe(2 * 299900);
  });

  it('reduces only the package, not the add-ons', () => {
    const r = priced(
      order('PLN', [child('a', 'STANDARD', 2015), child('b', 'STANDARD', 2015, { addOns: { exams: ['MATEMATYKA'] } })]),
    );
    expect(r.totalMinor).toBe(299900 + 199900 + 10000);
  });
});

describe('add-ons in PLN', () => {
  it('Mini, class 5: extra subjects 200 PLN each, exams 100 PLN each, 5 group lessons 449 PLN', () => {
    const r = priced(
      order('PLN', [
        child('a', 'MINI', 2015, {
          addOns: {
            extraSubjects: ['MATEMATYKA', 'BIOLOGIA'],
            exams: ['JEZYK_POLSKI', 'MATEMATYKA'],
            polishGroupLessons: 5,
          },
        }),
      ]),
    );
    expect(r.lines.map((l) => [l.kind, l.subject, l.amountMinor])).toEqual([
      ['PACKAGE', undefined, 219900],
      ['EXAM', 'JEZYK_POLSKI', 10000],
      ['EXAM', 'MATEMATYKA', 10000],
      ['EXTRA_SUBJECT', 'MATEMATYKA', 20000],
      ['EXTRA_SUBJECT', 'BIOLOGIA', 20000],
      ['POLISH_GROUP_LESSONS', undefined, 44900],
    ]);
    expect(r.totalMinor).toBe(219900 + 20000 + 40000 + 44900);
  });

  it.each([
    [1, 9900],
    [5, 44900],
    [10, 79900],
  ])('%i group lessons cost %i', (n, price) => {
    const r = priced(order('PLN', [child('a', 'MINI', 2016, { addOns: { polishGroupLessons: n } })]));
    expect(r.totalMinor).toBe(219900 + price);
  });

  it('Standard and Premium: basic-subject exams are free, further exams 100 PLN', () => {
    for (const pkg of ['STANDARD', 'PREMIUM'] as const) {
      const r = priced(order('PLN', [child('a', pkg, 2012, { addOns: { exams: ['WOS', 'GEOGRAFIA', 'CHEMIA'] } })]));
      expect(r.lines.filter((l) => l.kind === 'EXAM').map((l) => [l.subject, l.amountMinor, l.description])).toEqual([
        ['WOS', 0, 'Egzamin: wiedza o społeczeństwie (w cenie pakietu)'],
        ['GEOGRAFIA', 0, 'Egzamin: geografia (w cenie pakietu)'],
        ['CHEMIA', 10000, 'Egzamin: chemia'],
      ]);
    }
  });

  it('a class change moves the child to the next class’s lists', () => {
    // Born 2016 → class 4; moved up to class 5, biology becomes available.
    const r = priced(
      order('PLN', [child('a', 'MINI', 2016, { classChange: 1, addOns: { extraSubjects: ['BIOLOGIA'] } })]),
    );
    expect(r.totalMinor).toBe(219900 + 20000);
  });
});

describe('add-ons in foreign currencies (converted from PLN, rounded once)', () => {
  const eurRate = { currency: 'EUR' as const, plnPerUnitTimes10000: 42735 };

  it('EUR at 4.2735: 2 subjects + 10 lessons = 1199 PLN → 280.57 EUR', () => {
    const r = priced(
      order(
        'EUR',
        [
          child('a', 'MINI', 2015, {
            addOns: { extraSubjects: ['MATEMATYKA', 'INFORMATYKA'], polishGroupLessons: 10 },
          }),
        ],
        { rate: eurRate },
      ),
    );
    // 200 PLN → 46.8000 EUR, 799 PLN → 186.9662 EUR; 1199 PLN → 280.5663 EUR → 280.57
    expect(r.lines.filter((l) => l.kind !== 'PACKAGE').map((l) => [l.amountPlnMinor, l.amountMinor])).toEqual([
      [20000, 4680],
      [20000, 4680],
      [79900, 18697],
    ]);
    expect(r.totalMinor).toBe(50900 + 28057);
  });

  it('USD at 3.6305: three 100 PLN exams are rounded as one sum (82.63 USD, not 3 × 27.54)', () => {
    const r = priced(
      order('USD', [child('a', 'MINI', 2015, { addOns: { exams: ['JEZYK_POLSKI', 'GEOGRAFIA', 'HISTORIA'] } })], {
        rate: { currency: 'USD', plnPerUnitTimes10000: 36305 },
      }),
    );
    expect(r.lines.filter((l) => l.kind === 'EXAM').map((l) => l.amountMinor)).toEqual([2755, 2754, 2754]);
    expect(r.totalMinor).toBe(59000 + 8263);
  });

  it('GBP at 5.1009 for one exam', () => {
    const r = priced(
      order('GBP', [child('a', 'STANDARD', 2015, { addOns: { exams: ['MATEMATYKA'] } })], {
        rate: { currency: 'GBP', plnPerUnitTimes10000: 51009 },
      }),
    );
    expect(r.totalMinor).toBe(61900 + 1960); // 19.6044 GBP
  });

  it('needs no rate when every add-on is free', () => {
    const r = priced(order('GBP', [child('a', 'STANDARD', 2015, { addOns: { exams: ['HISTORIA'] } })]));
    expect(r.totalMinor).toBe(61900);
  });

  it('refuses paid add-ons without a rate, or with a rate for another currency', () => {
    const addOns = { extraSubjects: ['MATEMATYKA' as const] };
    expect(failed(order('EUR', [child('a', 'MINI', 2015, { addOns })]))).toEqual([
      expect.objectContaining({ code: 'RATE_REQUIRED' }),
    ]);
    expect(failed(order('USD', [child('a', 'MINI', 2015, { addOns })], { rate: eurRate }))).toEqual([
      expect.objectContaining({ code: 'RATE_INVALID' }),
    ]);
  });
});

describe('errors instead of a price', () => {
  it('a child outside the package age range gets a Polish error and the order no price', () => {
    const r = priceOrder(order('PLN', [child('a', 'STANDARD'), child('b', 'NA_START', 2013)]));
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          childId: 'b',
          code: 'AGE_OUT_OF_RANGE',
          message:
            'Pakiet Na Start jest dla dzieci w wieku 5–12 lat, a dziecko urodzone w 2013 r. kończy w 2026 r. 13 lat.',
        },
      ],
    });
  });

  it('too young and too old for the class packages', () => {
    expect(failed(order('PLN', [child('a', 'MINI', 2022)]))[0]).toMatchObject({ code: 'AGE_OUT_OF_RANGE' });
    expect(failed(order('PLN', [child('a', 'PREMIUM', 2010)]))[0]).toMatchObject({ code: 'AGE_OUT_OF_RANGE' });
  });

  it('invalid class changes', () => {
    expect(failed(order('PLN', [child('a', 'MINI', 2016, { classChange: 2 })]))[0]).toMatchObject({
      code: 'CLASS_CHANGE_INVALID',
    });
    expect(failed(order('PLN', [child('a', 'MINI', 2021, { classChange: -1 })]))[0]).toMatchObject({
      code: 'CLASS_CHANGE_INVALID',
    });
    expect(failed(order('PLN', [child('a', 'NA_START', 2016, { classChange: 1 })]))[0]).toMatchObject({
      code: 'CLASS_CHANGE_INVALID',
    });
  });

  it('add-ons that the package or class does not allow', () => {
    const codes = (c: ChildInOrder) => failed(order('PLN', [c])).map((e) => e.code);
    expect(codes(child('a', 'STANDARD', 2015, { addOns: { extraSubjects: ['MATEMATYKA'] } }))).toEqual([
      'ADDON_NOT_FOR_PACKAGE',
    ]);
    expect(codes(child('a', 'PREMIUM', 2015, { addOns: { polishGroupLessons: 5 } }))).toEqual([
      'ADDON_NOT_FOR_PACKAGE',
    ]);
    expect(codes(child('a', 'NA_START', 2016, { addOns: { exams: ['JEZYK_POLSKI'] } }))).toEqual([
      'ADDON_NOT_FOR_PACKAGE',
    ]);
    expect(codes(child('a', 'MINI', 2019, { addOns: { extraSubjects: ['CHEMIA'] } }))).toEqual([
      'SUBJECT_NOT_FOR_CLASS',
    ]);
    expect(codes(child('a', 'MINI', 2021, { addOns: { exams: ['EDUKACJA_WCZESNOSZKOLNA'] } }))).toEqual([
      'SUBJECT_NOT_FOR_CLASS',
    ]);
    expect(codes(child('a', 'MINI', 2015, { addOns: { extraSubjects: ['MATEMATYKA', 'MATEMATYKA'] } }))).toEqual([
      'DUPLICATE_SUBJECT',
    ]);
    expect(codes(child('a', 'MINI', 2015, { addOns: { polishGroupLessons: 3 } }))).toEqual(['INVALID_LESSON_BUNDLE']);
  });

  it('an empty order and a repeated child', () => {
    expect(failed(order('PLN', []))).toEqual([expect.objectContaining({ code: 'NO_CHILDREN' })]);
    expect(failed(order('PLN', [child('a', 'MINI'), child('a', 'MINI')]))).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_CHILD' }),
    ]);
  });
});

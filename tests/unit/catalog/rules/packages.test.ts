// The package for N people, one of each line, and the per-seat price of a top-up.
import { describe, expect, it } from 'vitest';
import { quantityRefusal, recommendPackage, topUpPrice, type PackageOffer } from '@/lib/catalog/rules/packages';

// BHP-like ladder: 1 person 99 zł; 30 → 2 524,50 (0.85); 100 → 7 425 (0.75); 250; 500; 1000.
const offers: PackageOffer[] = [
  { id: 'one', seats: 1, priceGross: 9900 },
  { id: 'p30', seats: 30, priceGross: 252400 },
  { id: 'p100', seats: 100, priceGross: 742500 },
  { id: 'p250', seats: 250, priceGross: 1608800 },
  { id: 'p500', seats: 500, priceGross: 2722500 },
  { id: 'p1000', seats: 1000, priceGross: 4455000 },
];

describe('recommendPackage', () => {
  it.each([
    [1, 'one', 9900, 0],
    [2, 'p30', 126200, 28],
    [30, 'p30', 8413, 0],
    [31, 'p100', 23952, 69],
    [60, 'p100', 12375, 40],
    [100, 'p100', 7425, 0],
    [1000, 'p1000', 4455, 0],
  ])('%i people → %s at %i gr per person, %i spare', (people, id, perPerson, spare) => {
    expect(recommendPackage(people, offers)).toEqual({
      offer: offers.find((o) => o.id === id),
      perPersonGross: perPerson,
      spareSeats: spare,
    });
  });

  it('prefers a bigger package when it costs less in total than the smallest that fits', () => {
    const odd = [
      { id: 'p30', seats: 30, priceGross: 300000 },
      { id: 'p100', seats: 100, priceGross: 250000 },
    ];
    expect(recommendPackage(25, odd)).toMatchObject({ offer: { id: 'p100' }, spareSeats: 75 });
  });

  it('takes the smaller package when two cost the same', () => {
    const tie = [
      { id: 'p100', seats: 100, priceGross: 250000 },
      { id: 'p30', seats: 30, priceGross: 250000 },
    ];
    expect(recommendPackage(20, tie)).toMatchObject({ offer: { id: 'p30' } });
  });

  it.each([[0], [-3], [2.5], [Number.NaN]])('refuses %s people', (people) => {
    expect(recommendPackage(people, offers)).toEqual({ reason: 'invalidPeople', largest: 1000 });
  });

  it('says when no package is big enough', () => {
    expect(recommendPackage(1001, offers)).toEqual({ reason: 'tooMany', largest: 1000 });
  });
});

describe('quantityRefusal', () => {
  it.each([
    [1, null],
    [2, 'quantityOne'],
    [3, 'quantityOne'],
    [0, 'quantityOne'],
  ])('quantity %i → %s', (q, reason) => {
    expect(quantityRefusal(q)).toBe(reason);
  });
});

describe('topUpPrice', () => {
  it.each([
    // group seats, added, tier, per seat (gr), total (gr)
    [100, 20, 'p100', 7425, 148500],
    [30, 80, 'p100', 7425, 594000],
    [30, 10, 'p30', 8413, 84130],
    [250, 300, 'p500', 5445, 1633500],
    [1000, 50, 'p1000', 4455, 222750],
  ])('group of %i + %i seats → %s tier, %i gr a seat, %i gr', (seats, added, tier, perSeat, total) => {
    expect(topUpPrice(seats, added, offers)).toEqual({
      tier: offers.find((o) => o.id === tier),
      perSeatGross: perSeat,
      totalGross: total,
    });
  });

  it('prices a group smaller than every package at the smallest package', () => {
    expect(topUpPrice(0, 5, offers)).toMatchObject({ tier: { id: 'p30' }, perSeatGross: 8413 });
  });

  it.each([[4], [0], [1001], [7.5]])('refuses a top-up of %s seats', (added) => {
    expect(topUpPrice(100, added, offers)).toEqual({ reason: 'seatsRange' });
  });

  it('refuses when the course sells no packages', () => {
    expect(topUpPrice(100, 10, [offers[0]])).toEqual({ reason: 'noTier' });
  });
});

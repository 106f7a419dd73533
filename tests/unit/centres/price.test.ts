import { describe, expect, it } from 'vitest';
import { priceForRemaining, singleClassPrice } from '@/lib/centres/rules/price';

describe('centre prices per class', () => {
  it.each([
    [320_000, 32, 10_000],
    [280_000, 28, 10_000],
    [330_000, 32, 10_313],
  ])('one class of %i over %i classes is %i', (price, classes, one) => {
    expect(singleClassPrice(price, classes)).toBe(one);
  });

  it.each([
    [340_000, 32, 32, 340_000],
    [340_000, 32, 40, 340_000],
    [340_000, 32, 20, 212_500],
    [330_000, 32, 17, 175_300],
    [340_000, 32, 0, 0],
  ])('%i for %i classes with %i ahead is %i', (price, classes, remaining, expected) => {
    expect(priceForRemaining(price, classes, remaining)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { drawFromBank, drawQuestions, newDrawSeed, questionsDrawn } from '@/lib/learning/final-test/draw';

type Q = { id: string; text: string; options: { id: string }[]; keepOptionOrder?: boolean };
const bank: Q[] = Array.from({ length: 30 }, (_, i) => ({
  id: `q${String(i).padStart(2, '0')}`,
  text: `Pytanie ${i}`,
  options: ['a', 'b', 'c', 'd', 'e'].map((o) => ({ id: `q${i}${o}` })),
}));
const fingerprint = (qs: Q[]) => qs.map((q) => `${q.id}:${q.options.map((o) => o.id).join(',')}`).join('|');

describe('drawQuestions', () => {
  it('gives the same questions and option order for the same seed', () => {
    expect(fingerprint(drawQuestions(bank, 10, 'seed-1'))).toBe(fingerprint(drawQuestions(bank, 10, 'seed-1')));
  });

  it('does not depend on the order the bank arrives in', () => {
    const reversed = [...bank].reverse();
    expect(fingerprint(drawQuestions(reversed, 10, 'seed-1'))).toBe(fingerprint(drawQuestions(bank, 10, 'seed-1')));
  });

  it('differs between seeds, in questions and in option order', () => {
    const a = drawQuestions(bank, 10, 'seed-1');
    const b = drawQuestions(bank, 10, 'seed-2');
    expect(a.map((q) => q.id)).not.toEqual(b.map((q) => q.id));
    const all = drawQuestions(bank, 30, 'seed-1');
    const all2 = drawQuestions(bank, 30, 'seed-2');
    const byId = new Map(all2.map((q) => [q.id, q]));
    expect(all.some((q) => fingerprint([q]) !== fingerprint([byId.get(q.id)!]))).toBe(true);
  });

  it('draws distinct questions from the bank with all their options and fields', () => {
    const drawn = drawQuestions(bank, 12, newDrawSeed());
    expect(drawn).toHaveLength(12);
    expect(new Set(drawn.map((q) => q.id)).size).toBe(12);
    for (const q of drawn) {
      const original = bank.find((b) => b.id === q.id)!;
      expect(q.text).toBe(original.text);
      expect(q.options.map((o) => o.id).sort()).toEqual(original.options.map((o) => o.id).sort());
    }
  });

  it('shuffles options (not all in bank order) but leaves keepOptionOrder questions alone', () => {
    const drawn = drawQuestions(bank, 30, 'seed-3');
    const unchanged = drawn.filter((q) => fingerprint([q]) === fingerprint([bank.find((b) => b.id === q.id)!]));
    expect(unchanged.length).toBeLessThan(5);
    const fixed = bank.map((q) => ({ ...q, keepOptionOrder: true }));
    for (const q of drawQuestions(fixed, 30, 'seed-3'))
      expect(q.options).toBe(fixed.find((b) => b.id === q.id)!.options);
  });

  it('gives the whole bank when it is smaller than count, and rejects a bad count', () => {
    expect(drawQuestions(bank.slice(0, 5), 10, 's')).toHaveLength(5);
    expect(drawQuestions(bank, 0, 's')).toEqual([]);
    expect(() => drawQuestions(bank, -1, 's')).toThrow(RangeError);
    expect(() => drawQuestions(bank, 1.5, 's')).toThrow(RangeError);
  });

  it('picks every question about equally often across seeds', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      for (const q of drawQuestions(bank, 3, `s${i}`)) counts.set(q.id, (counts.get(q.id) ?? 0) + 1);
    }
    // Expected 300 per question (3000 × 3 / 30).
    for (const q of bank) expect(counts.get(q.id)).toBeGreaterThan(220);
    for (const q of bank) expect(counts.get(q.id)).toBeLessThan(380);
  });
});

describe('newDrawSeed', () => {
  it('is fresh each time', () => {
    expect(newDrawSeed()).not.toBe(newDrawSeed());
    expect(newDrawSeed()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('drawFromBank', () => {
  const cats = ['algebra', 'funkcje', 'geometria'];
  const catBank = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, category: cats[i % 3], options: [] }));
  const count = (qs: { category: string }[], c: string) => qs.filter((q) => q.category === c).length;

  it.each([
    [
      [
        { category: 'algebra', count: 2 },
        { category: 'funkcje', count: 3 },
      ],
      { algebra: 2, funkcje: 3, geometria: 0 },
    ],
    [[{ category: 'geometria', count: 10 }], { algebra: 0, funkcje: 0, geometria: 4 }],
    [
      [
        { category: 'algebra', count: 1 },
        { category: 'brak', count: 5 },
      ],
      { algebra: 1, funkcje: 0, geometria: 0 },
    ],
  ])('draws count per category (a smaller category gives all): %j', (rules, expected) => {
    const drawn = drawFromBank(catBank, rules, 99, 'seed');
    for (const [c, n] of Object.entries(expected)) expect(count(drawn, c)).toBe(n);
    expect(new Set(drawn.map((q) => q.id)).size).toBe(drawn.length);
  });

  it('without rules draws the course count from the whole bank', () => {
    expect(drawFromBank(catBank, [], 5, 'seed')).toHaveLength(5);
    expect(drawFromBank(catBank, [], 50, 'seed')).toHaveLength(12);
  });

  it('is deterministic per seed and independent of the order of rules and bank', () => {
    const rules = [
      { category: 'algebra', count: 2 },
      { category: 'funkcje', count: 2 },
    ];
    const a = drawFromBank(catBank, rules, 0, 's1').map((q) => q.id);
    expect(drawFromBank([...catBank].reverse(), [...rules].reverse(), 0, 's1').map((q) => q.id)).toEqual(a);
    const others = new Set(
      ['s2', 's3', 's4', 's5'].map((s) =>
        drawFromBank(catBank, rules, 0, s)
          .map((q) => q.id)
          .join(),
      ),
    );
    expect(others.size).toBeGreaterThan(1);
  });

  it('counts the questions a test draws', () => {
    expect(
      questionsDrawn(
        [
          { category: 'a', count: 2 },
          { category: 'b', count: 3 },
        ],
        10,
      ),
    ).toBe(5);
    expect(questionsDrawn([], 10)).toBe(10);
    const sizes = new Map([
      ['a', 1],
      ['b', 7],
    ]);
    expect(
      questionsDrawn(
        [
          { category: 'a', count: 2 },
          { category: 'b', count: 3 },
          { category: 'c', count: 4 },
        ],
        10,
        sizes,
      ),
    ).toBe(4);
    expect(questionsDrawn([], 10, sizes)).toBe(8);
  });
});

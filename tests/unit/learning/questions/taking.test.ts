// What the browser gets: shuffled by the seed, the same on every rebuild, and never the key.
import { describe, expect, it } from 'vitest';
import { parseQuestionConfig } from '@/lib/learning/questions/config';
import { takingQuestion } from '@/lib/learning/questions/taking';
import { allRows, rows } from './fixtures';

/** Every piece of the key as it would appear in JSON. */
function keyFragments(row: (typeof allRows)[number]): string[] {
  const c = row.config as Record<string, unknown>;
  switch (row.kind) {
    case 'SINGLE':
    case 'MULTIPLE':
      return ['correct', 'partialCredit'];
    case 'TRUE_FALSE':
      return ['"answer"', 'true', 'false'];
    case 'SHORT_ANSWER':
      return ['accepted', ...(c.accepted as string[]), 'ignoreDiacritics'];
    case 'GAP_FILL':
      return ['accepted', '-0,5', '-1/2'];
    case 'MATCHING': {
      const m = parseQuestionConfig('MATCHING', c);
      // A left id next to its right id would betray the pair.
      return ['pairs', 'leftId', 'rightId', ...m.pairs.map((p) => `"${p.leftId}","${p.rightId}"`)];
    }
    case 'ORDERING': {
      const o = parseQuestionConfig('ORDERING', c);
      return [JSON.stringify(o.items.map((i) => i.id)).slice(1, -1), JSON.stringify(o.items)];
    }
    case 'NUMERIC':
      return ['3.5', 'tolerance', '0.05', '"value"'];
  }
}

describe('takingQuestion', () => {
  it.each(allRows.map((r) => [r.kind, r] as const))('%s carries no part of the key', (_kind, row) => {
    for (const seed of ['s1', 's2', 's3', 's4', 's5']) {
      const json = JSON.stringify(takingQuestion(row, seed));
      for (const fragment of keyFragments(row)) expect(json).not.toContain(fragment);
    }
  });

  it.each(allRows.map((r) => [r.kind, r] as const))('%s is the same for the same seed', (_kind, row) => {
    expect(takingQuestion(row, 'seed-a')).toEqual(takingQuestion(row, 'seed-a'));
  });

  it('shuffles options, right items and ordering items between seeds but keeps every piece', () => {
    const seeds = Array.from({ length: 20 }, (_, i) => `seed-${i}`);
    const optionOrders = new Set(
      seeds.map((s) =>
        takingQuestion(rows.multi, s)
          .options!.map((o) => o.id)
          .join(),
      ),
    );
    expect(optionOrders.size).toBeGreaterThan(1);
    const rights = takingQuestion(rows.match, 'x').rights!;
    expect(rights.map((r) => r.id).sort()).toEqual(['D1dd', 'R1aa', 'R2bb', 'R3cc']);
    expect(takingQuestion(rows.match, 'x').lefts!.map((l) => l.text)).toEqual(['a > 0', 'a < 0', 'Δ = 0']);
    const rightOrders = new Set(
      seeds.map((s) =>
        takingQuestion(rows.match, s)
          .rights!.map((o) => o.id)
          .join(),
      ),
    );
    expect(rightOrders.size).toBeGreaterThan(1);
  });

  it('never shows an ordering question in its correct order', () => {
    const two = { ...rows.order, config: { items: rows.order.config.items.slice(0, 2) } };
    for (let i = 0; i < 50; i++) {
      expect(takingQuestion(rows.order, `s${i}`).items!.map((x) => x.id)).not.toEqual(['I1aa', 'I2bb', 'I3cc', 'I4dd']);
      expect(takingQuestion(two, `s${i}`).items!.map((x) => x.id)).toEqual(['I2bb', 'I1aa']);
    }
  });

  it('gives a drop-down gap its choices and a typed gap none, the unit and the media link', () => {
    const g = takingQuestion(rows.gaps, 'x');
    expect(g.gaps![0].choices!.sort()).toEqual(['malejąca', 'rosnąca', 'stała']);
    expect(g.gaps![1]).toEqual({ choices: null });
    expect(g.media).toEqual({ url: '/api/learning/media/m1', mimeType: 'image/png', fileName: 'wykres.png' });
    expect(takingQuestion(rows.numeric, 'x').unit).toBe('cm');
    expect(takingQuestion(rows.single, 'x').points).toBe(1);
  });
});

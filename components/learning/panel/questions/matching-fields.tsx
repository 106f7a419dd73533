'use client';
// Matching: left–right pairs (each keeps its item ids when edited) and extra right-hand distractors.
import { messages } from '@/lib/i18n';
import { Group } from './group';
import { RowButtons } from './row-buttons';
import { newRowKey, type KindProps } from './types';
import { useLocale } from '@/components/locale/locale-provider';

export function MatchingFields({ d, update, err, uid }: KindProps) {
  const locale = useLocale();
  const t = messages(locale).panel.courses.questionEditor;
  const setPair = (i: number, patch: Partial<(typeof d.pairs)[number]>) =>
    update({ pairs: d.pairs.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const setDistractor = (i: number, text: string) =>
    update({ distractors: d.distractors.map((x, j) => (j === i ? { ...x, text } : x)) });
  return (
    <>
      <Group id={`${uid}-pairs`} legend={t.pairs} error={err('pairs')}>
        {d.pairs.map((p, i) => (
          <div key={p.key} className="flex flex-wrap items-center gap-2 sm:flex-nowrap">
            <input type="hidden" name={`pair_${i}_leftId`} value={p.leftId} />
            <input type="hidden" name={`pair_${i}_rightId`} value={p.rightId} />
            <input
              name={`pair_${i}_left`}
              className="input min-w-0 flex-1"
              aria-label={t.pairLeft(i + 1)}
              placeholder={t.left}
              defaultValue={p.left}
              onChange={(e) => setPair(i, { left: e.target.value })}
            />
            <span aria-hidden="true">—</span>
            <input
              name={`pair_${i}_right`}
              className="input min-w-0 flex-1"
              aria-label={t.pairRight(i + 1)}
              placeholder={t.right}
              defaultValue={p.right}
              onChange={(e) => setPair(i, { right: e.target.value })}
            />
            <RowButtons
              label={t.pair(i + 1)}
              onRemove={d.pairs.length > 2 ? () => update({ pairs: d.pairs.filter((_, j) => j !== i) }) : undefined}
            />
          </div>
        ))}
        <button
          type="button"
          className="btn-secondary"
          onClick={() =>
            update({ pairs: [...d.pairs, { key: newRowKey(), leftId: '', left: '', rightId: '', right: '' }] })
          }
        >
          {t.addPair}
        </button>
      </Group>
      <Group id={`${uid}-distractors`} legend={t.distractors} error={err('distractors')}>
        {d.distractors.map((x, i) => (
          <div key={x.key} className="flex items-center gap-2">
            <input type="hidden" name={`distractor_${i}_id`} value={x.id} />
            <input
              name={`distractor_${i}_text`}
              className="input"
              aria-label={t.distractor(i + 1)}
              placeholder={t.distractor(i + 1)}
              defaultValue={x.text}
              onChange={(e) => setDistractor(i, e.target.value)}
            />
            <RowButtons
              label={t.distractor(i + 1)}
              onRemove={() => update({ distractors: d.distractors.filter((_, j) => j !== i) })}
            />
          </div>
        ))}
        <button
          type="button"
          className="btn-secondary"
          onClick={() => update({ distractors: [...d.distractors, { key: newRowKey(), id: '', text: '' }] })}
        >
          {t.addDistractor}
        </button>
      </Group>
    </>
  );
}

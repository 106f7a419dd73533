'use client';
// Ordering: the items in their correct order, moved with up/down buttons.
import { messages } from '@/lib/i18n';
import { Group } from './group';
import { moved, RowButtons } from './row-buttons';
import { newRowKey, type KindProps } from './types';
import { useLocale } from '@/components/locale/locale-provider';

export function OrderingFields({ d, update, err, uid }: KindProps) {
  const locale = useLocale();
  const t = messages(locale).panel.courses.questionEditor;
  return (
    <Group id={`${uid}-items`} legend={t.items} error={err('items')}>
      <ol className="space-y-2">
        {d.items.map((x, i) => (
          <li key={x.key} className="flex items-center gap-2">
            <span className="w-6 shrink-0 text-right text-sm text-slate-600" aria-hidden="true">
              {i + 1}.
            </span>
            <input type="hidden" name={`item_${i}_id`} value={x.id} />
            <input
              name={`item_${i}_text`}
              className="input"
              aria-label={t.item(i + 1)}
              placeholder={t.item(i + 1)}
              defaultValue={x.text}
              onChange={(e) => update({ items: d.items.map((y, j) => (j === i ? { ...y, text: e.target.value } : y)) })}
            />
            <RowButtons
              label={t.item(i + 1)}
              onUp={i > 0 ? () => update({ items: moved(d.items, i, -1) }) : undefined}
              onDown={i < d.items.length - 1 ? () => update({ items: moved(d.items, i, 1) }) : undefined}
              onRemove={d.items.length > 2 ? () => update({ items: d.items.filter((_, j) => j !== i) }) : undefined}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn-secondary"
        onClick={() => update({ items: [...d.items, { key: newRowKey(), id: '', text: '' }] })}
      >
        {t.addItem}
      </button>
    </Group>
  );
}

// The files of live classes as download links: on the teacher's session page (one class) and on
// /zajecia (every class the learner holds a place in, with its date and title).
import { messages } from '@/lib/i18n';
import { materialPath } from '@/lib/live-maths/materials';
import { currentLocale } from '@/lib/locale/current';

export type MaterialRow = { id: string; fileName: string; size: number; label?: string };

export async function MaterialsList({ items }: { items: MaterialRow[] }) {
  const locale = await currentLocale();
  const t = messages(locale).liveMaths.materials;
  if (items.length === 0) return <p className="muted text-sm">{t.none}</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid="live-materials">
      {items.map((m) => (
        <li key={m.id} className="break-words">
          {m.label && <span className="muted block">{m.label}</span>}
          <a href={materialPath(m.id)} className="link" download>
            {m.fileName}
          </a>{' '}
          <span className="muted">({t.size(Math.max(1, Math.round(m.size / 1024)))})</span>
        </li>
      ))}
    </ul>
  );
}

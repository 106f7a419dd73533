// A learner's thread with the office, oldest first, as either side sees it: who wrote, when, what is
// new to the viewer, whether the other side has read the viewer's messages, and the files.
import { fileSize } from '@/lib/format/file-size';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { learnerFilePath, officeFilePath } from '@/lib/language/office/paths';
import type { Side, ThreadMessage } from '@/lib/language/office/thread';
import { currentLocale } from '@/lib/locale/current';

export async function OfficeThread({ items, viewer }: { items: ThreadMessage[]; viewer: Side }) {
  const locale = await currentLocale();
  const t = messages(locale).languageOffice.thread;
  if (items.length === 0) return <p className="card muted">{t.none}</p>;
  const filePath = viewer === 'learner' ? learnerFilePath : officeFilePath;
  return (
    <ol className="space-y-3" data-testid="office-thread">
      {items.map((m) => {
        const mine = m.fromOffice === (viewer === 'office');
        const who = m.fromOffice
          ? `${t.office}${m.authorName && viewer === 'office' ? ` (${m.authorName})` : ''}`
          : viewer === 'learner'
            ? t.you
            : (m.authorName ?? '');
        return (
          <li
            key={m.id}
            className={`card space-y-2 ${mine ? 'sm:ml-12 border-blue-200 bg-blue-50' : 'sm:mr-12'}`}
            data-testid="office-message"
          >
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <strong>{who}</strong>
              <time dateTime={m.createdAt.toISOString()} className="text-slate-600">
                {formatDateTime(m.createdAt, locale)}
              </time>
              {m.isNew && (
                <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                  {t.unread}
                </span>
              )}
              {mine && <span className="text-xs text-slate-600">{m.readByOther ? t.readByOther : t.notReadYet}</span>}
            </p>
            <p className="whitespace-pre-wrap break-words">{m.body}</p>
            {m.files.length > 0 && (
              <div className="text-sm">
                <p className="font-medium">{t.attachments}</p>
                <ul className="list-disc pl-5">
                  {m.files.map((f) => (
                    <li key={f.id}>
                      <a href={filePath(f.id)} className="link break-all">
                        {f.fileName}
                      </a>{' '}
                      <span className="whitespace-nowrap text-slate-600">{t.fileSize(fileSize(f.size, locale))}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

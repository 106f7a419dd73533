// The files of a course: a preview (image or player), the size, the markdown to paste into a
// lesson, where the file is used, delete.
import { ScrollTable } from '@/components/forms/scroll-table';
import type { CourseMediaRow } from '@/lib/learning/editing/media';
import { fileSize } from '@/lib/format/file-size';
import { messages } from '@/lib/i18n';
import { MediaDeleteForm } from './media-delete-form';
import { currentLocale } from '@/lib/locale/current';

export async function MediaTable({ courseId, files }: { courseId: string; files: CourseMediaRow[] }) {
  const locale = await currentLocale();
  const t = messages(locale).panel.courses.files;
  if (files.length === 0) return <p className="muted">{t.empty}</p>;
  return (
    <ScrollTable label={t.title} cards>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left">
            <th className="py-2 pr-4">{t.colFile}</th>
            <th className="py-2 pr-4">{t.colPreview}</th>
            <th className="py-2 pr-4">{t.colSize}</th>
            <th className="py-2 pr-4">{t.colSnippet}</th>
            <th className="py-2 pr-4">{t.colUse}</th>
            <th className="py-2">
              <span className="sr-only">{t.delete}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => {
            const url = `/api/learning/media/${f.id}`;
            const image = f.mimeType.startsWith('image/');
            const snippet = image ? `![opis](${url})` : `[${f.fileName}](${url})`;
            return (
              <tr key={f.id} className="border-t border-slate-200 align-top" data-testid="media-row">
                <td className="py-2 pr-4 break-all">
                  <a href={url} className="link">
                    {f.fileName}
                  </a>
                </td>
                <td className="py-2 pr-4">
                  {image ? (
                    // eslint-disable-next-line @next/next/no-img-element -- a private file, not optimisable
                    <img src={url} alt={t.imageAlt(f.fileName)} className="max-h-24 max-w-40 rounded border" />
                  ) : (
                    <audio controls preload="none" src={url} className="w-56 max-w-full" />
                  )}
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">{fileSize(f.size, locale)}</td>
                <td className="py-2 pr-4">
                  <textarea
                    readOnly
                    rows={3}
                    value={snippet}
                    aria-label={t.snippetLabel(f.fileName)}
                    className="input w-full min-w-0 font-mono text-xs break-all sm:min-w-64"
                  />
                </td>
                <td className="py-2 pr-4">
                  {f.questions === 0 && f.lessons === 0 ? (
                    t.unused
                  ) : (
                    <>
                      {f.questions > 0 && <span className="block">{t.usedBy(f.questions)}</span>}
                      {f.lessons > 0 && <span className="block">{t.inLessons(f.lessons)}</span>}
                    </>
                  )}
                </td>
                <td className="py-2">
                  <MediaDeleteForm courseId={courseId} id={f.id} fileName={f.fileName} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

// What a lesson shows between its heading and its navigation — video, text, attachments — shared
// by the learner's lesson page and the staff preview, so the preview is what learners see.
import { isEmbeddableVideo } from '@/lib/learning/video';
import { fileSize } from '@/lib/format/file-size';
import { messages } from '@/lib/i18n';
import { Markdown } from './markdown';
import { LessonVideo } from './lesson-video';
import { currentLocale } from '@/lib/locale/current';

export type LessonContentData = {
  title: string;
  body: string;
  videoUrl: string | null;
  /** The signed address of the lesson's own video (streamed only), for this viewer; null: none. */
  videoSrc?: string | null;
  attachments: { id: string; fileName: string; size: number }[];
};

export async function LessonContent({ lesson }: { lesson: LessonContentData }) {
  const locale = await currentLocale();
  const t = messages(locale).learning;
  return (
    <>
      {lesson.videoSrc && <LessonVideo src={lesson.videoSrc} title={t.videoTitle(lesson.title)} />}
      {lesson.videoUrl && isEmbeddableVideo(lesson.videoUrl) && (
        <div className="aspect-video overflow-hidden rounded-xl bg-slate-900">
          <iframe
            src={lesson.videoUrl}
            title={t.videoTitle(lesson.title)}
            className="h-full w-full"
            loading="lazy"
            allow="encrypted-media; picture-in-picture; fullscreen"
            referrerPolicy="strict-origin-when-cross-origin"
          />
        </div>
      )}
      <div className="card" data-course-content>
        <Markdown source={lesson.body} />
      </div>
      {lesson.attachments.length > 0 && (
        <section aria-labelledby="attachments" className="card space-y-2">
          <h2 id="attachments" className="h2">
            {t.attachments}
          </h2>
          <ul className="space-y-1">
            {lesson.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/learning/zalaczniki/${a.id}`} className="link" download data-course-content>
                  {a.fileName}
                </a>{' '}
                <span className="text-sm text-slate-600">({fileSize(a.size, locale)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

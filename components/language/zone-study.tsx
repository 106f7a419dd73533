// The current level's study material in the zone: its multimedia lessons (links into the course
// player, with what is done) and its PDF materials (the lesson attachments' download route).
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import type { Outline } from '@/lib/learning/outline';
import type { ZoneMaterial } from '@/lib/language/zone/zone-page';
import { ProgressBar } from '@/components/learning/progress-bar';
import { currentLocale } from '@/lib/locale/current';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';

export async function ZoneLessons({ slug, outline }: { slug: string; outline: Outline }) {
  const locale = await currentLocale();
  const t = messages(locale).languageZone;
  return (
    <section className="card space-y-3" aria-labelledby="zone-lessons">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="zone-lessons" className="h2">
          {t.lessons}
        </h2>
        <Link href={`/nauka/${slug}/kontynuuj`} className="btn-primary" data-testid="zone-continue">
          {t.continue}
        </Link>
      </div>
      <p className="muted text-sm">{t.lessonsIntro}</p>
      <ProgressBar percent={outline.percent} label={t.lessonsDone(outline.done, outline.total)} locale={locale} />
      {outline.modules.map((m) => (
        <div key={m.id} className="space-y-1">
          <h3 className="font-medium" lang={PROGRAMME_LANGUAGE}>
            {m.title}
          </h3>
          <ul className="space-y-1 text-sm">
            {m.lessons.map((l) => (
              <li key={l.id}>
                <Link href={`/nauka/${slug}/lekcje/${l.id}`} className="link" lang={PROGRAMME_LANGUAGE}>
                  {l.title}
                </Link>
                {l.done && <span className="muted"> · {t.lessonDone}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export async function ZoneMaterials({ materials }: { materials: ZoneMaterial[] }) {
  const locale = await currentLocale();
  const t = messages(locale).languageZone;
  return (
    <section className="card space-y-3" aria-labelledby="zone-materials">
      <h2 id="zone-materials" className="h2">
        {t.materials}
      </h2>
      {materials.length === 0 ? (
        <p className="muted text-sm">{t.noMaterials}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {materials.map((m) => (
            <li key={m.id} data-testid="zone-material">
              <a href={`/api/learning/zalaczniki/${m.id}`} className="link" lang={PROGRAMME_LANGUAGE}>
                {m.fileName}
              </a>
              <span className="muted">
                {' '}
                · <span lang={PROGRAMME_LANGUAGE}>{m.lessonTitle}</span> ·{' '}
                {t.fileSize(Math.max(1, Math.round(m.size / 1024)))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

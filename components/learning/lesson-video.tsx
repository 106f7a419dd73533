'use client';
// The player of a lesson's own video (O3): streamed from a signed address valid for a few minutes,
// with no download control, no picture-in-picture and no context menu. When the address expires
// mid-lesson (a seek asks the server again), the page is refreshed for a new one and the video
// resumes where it was.
import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function LessonVideo({ src, title }: { src: string; title: string }) {
  const locale = useLocale();
  const router = useRouter();
  const ref = useRef<HTMLVideoElement>(null);
  const resumeAt = useRef<number | null>(null);

  useEffect(() => {
    const v = ref.current;
    if (!v || resumeAt.current === null) return;
    const at = resumeAt.current;
    const resume = () => {
      v.currentTime = at;
      resumeAt.current = null;
    };
    v.addEventListener('loadedmetadata', resume, { once: true });
    return () => v.removeEventListener('loadedmetadata', resume);
  }, [src]);

  return (
    <div className="overflow-hidden rounded-xl bg-slate-900">
      <video
        ref={ref}
        key={src}
        src={src}
        title={title}
        aria-label={title}
        controls
        controlsList="nodownload noremoteplayback"
        disablePictureInPicture
        preload="metadata"
        playsInline
        className="aspect-video w-full"
        data-testid="lesson-video"
        onContextMenu={(e) => e.preventDefault()}
        onError={() => {
          if (resumeAt.current !== null) return;
          resumeAt.current = ref.current?.currentTime ?? 0;
          router.refresh();
        }}
      >
        {messages(locale).learning.videoUnsupported}
      </video>
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import { neighbours, progressPercent, resumeLessonId } from '@/lib/learning/outline';
import { isEmbeddableVideo } from '@/lib/learning/lessons';
import { isOpen, shuffledOptions } from '@/lib/learning/final-test/attempts';
import { fileSize } from '@/lib/format/file-size';
import { DEMO_CONTENT } from '@/lib/demo/courses';
import { OPTION_KINDS } from '@/lib/learning/questions/config';

const lessons = [
  { id: 'a', title: 'A', minutes: 5, done: true },
  { id: 'b', title: 'B', minutes: 5, done: false },
  { id: 'c', title: 'C', minutes: 5, done: false },
];

describe('course outline rules', () => {
  it('floors progress so an unfinished course never shows 100 %', () => {
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(199, 200)).toBe(99);
    expect(progressPercent(3, 3)).toBe(100);
  });

  it('resumes at the last lesson opened, else the first not done', () => {
    expect(resumeLessonId({ lessons }, 'c')).toBe('c');
    expect(resumeLessonId({ lessons }, null)).toBe('b');
    expect(resumeLessonId({ lessons }, 'deleted')).toBe('b');
    expect(resumeLessonId({ lessons: lessons.map((l) => ({ ...l, done: true })) }, null)).toBe('a');
    expect(resumeLessonId({ lessons: [] }, null)).toBeNull();
  });

  it('finds the previous and next lesson across modules', () => {
    expect(neighbours({ lessons }, 'a')).toEqual({ prev: null, next: lessons[1] });
    expect(neighbours({ lessons }, 'c')).toEqual({ prev: lessons[1], next: null });
  });

  it('embeds only YouTube no-cookie and Vimeo players', () => {
    expect(isEmbeddableVideo('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE')).toBe(true);
    expect(isEmbeddableVideo('https://player.vimeo.com/video/76979871')).toBe(true);
    expect(isEmbeddableVideo('https://www.youtube.com/watch?v=M7lc1UVf-VE')).toBe(false);
    expect(isEmbeddableVideo('javascript:alert(1)')).toBe(false);
  });

  it('keeps an attempt open until its deadline or submission', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(isOpen({ submittedAt: null, deadlineAt: null }, now)).toBe(true);
    expect(isOpen({ submittedAt: null, deadlineAt: new Date('2026-03-01T10:00:01Z') }, now)).toBe(true);
    expect(isOpen({ submittedAt: null, deadlineAt: now }, now)).toBe(false);
    expect(isOpen({ submittedAt: now, deadlineAt: null }, now)).toBe(false);
  });

  it('shuffles options the same way for the same attempt seed', () => {
    const opts = ['a', 'b', 'c', 'd', 'e'];
    expect(shuffledOptions('seed', 'q1', opts)).toEqual(shuffledOptions('seed', 'q1', opts));
    expect(new Set(shuffledOptions('seed', 'q1', opts))).toEqual(new Set(opts));
  });

  it('prints file sizes the Polish way', () => {
    expect(fileSize(900)).toBe('900 B');
    expect(fileSize(12_400)).toBe('12 KB');
    expect(fileSize(1_468_006)).toBe('1,4 MB');
  });
});

describe('demo content', () => {
  it('gives every course 2–3 modules of 1–3 lessons and ≥ 12 questions with a key', () => {
    for (const c of DEMO_CONTENT) {
      expect(c.modules.length, c.slug).toBeGreaterThanOrEqual(2);
      expect(c.modules.length, c.slug).toBeLessThanOrEqual(3);
      expect(c.questions.length, c.slug).toBeGreaterThanOrEqual(12);
      for (const q of c.questions) {
        if (!OPTION_KINDS.includes(q.kind)) continue; // the other kinds keep their key in config (demo-test.test.ts)
        const right = q.options.filter((o) => o.correct).length;
        expect(right, q.text).toBeGreaterThanOrEqual(1);
        if (q.kind === 'SINGLE') expect(right, q.text).toBe(1);
        expect(right, q.text).toBeLessThan(q.options.length);
        expect(new Set(q.options.map((o) => o.text)).size, q.text).toBe(q.options.length);
      }
      expect(new Set(c.questions.map((q) => q.text)).size, c.slug).toBe(c.questions.length);
    }
  });
});

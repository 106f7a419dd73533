// Server side of the test form: the short texts of a question (options, matching items, ordering
// items, the sentence around a gap fill's gaps) rendered by the sanitising lesson renderer, so a
// formula or bold word in an option shows as it does in the lessons. The client inputs place
// these nodes; the plain texts stay for aria labels and announcements.
import type { ReactNode } from 'react';
import { Markdown } from '@/components/learning/markdown';
import { GAP_MARKER, type TakingQuestion } from '@/lib/learning/questions/config';

export type RenderedParts = {
  /** item id → its rendered text (options, matching lefts, ordering items) */
  labels: Record<string, ReactNode>;
  /** GAP_FILL: the text between the gaps, in order (one more than the gaps) */
  segments?: ReactNode[];
};

export function renderedParts(q: TakingQuestion): RenderedParts {
  const items = [...(q.options ?? []), ...(q.lefts ?? []), ...(q.items ?? [])];
  const labels = Object.fromEntries(items.map((o) => [o.id, <Markdown key={o.id} inline source={o.text} />]));
  if (q.kind !== 'GAP_FILL') return { labels };
  const segments = q.text
    .split(new RegExp(GAP_MARKER.source))
    .filter((_, i) => i % 2 === 0)
    .map((s, i) => (s.trim() ? <Markdown key={i} inline source={s} /> : s));
  return { labels, segments };
}

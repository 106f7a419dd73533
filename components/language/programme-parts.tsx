// A placement question's options, items and gap-fill text as the test form places them, each
// marked as written in the programme's language: the page around them may be in English or
// Ukrainian, the questions are Polish course content (for screen readers and the language check).
import type { TakingQuestion } from '@/lib/learning/questions/config';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';
import { renderedParts, type RenderedParts } from '@/components/learning/test/rendered-parts';

export function programmeParts(q: TakingQuestion): RenderedParts {
  const { labels, segments } = renderedParts(q);
  const marked = (node: React.ReactNode, key: string | number) => (
    <span key={key} lang={PROGRAMME_LANGUAGE}>
      {node}
    </span>
  );
  return {
    labels: Object.fromEntries(Object.entries(labels).map(([id, node]) => [id, marked(node, id)])),
    segments: segments?.map((s, i) => (typeof s === 'string' ? s : marked(s, i))),
  };
}

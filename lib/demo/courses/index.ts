// Every demo course's content, keyed by the catalogue slug (plain data, no database).
import type { DemoCourseContent } from './types';
import { bhp } from './bhp';
import { rodo } from './rodo';
import { cyber } from './cyber';
import { excel } from './excel';
import { angielski } from './angielski';
import { matematyka } from './matematyka';
import { funkcje } from './funkcje';
import { workplaceEnglish } from './workplace-english';

export const DEMO_CONTENT: DemoCourseContent[] = [
  bhp,
  rodo,
  cyber,
  excel,
  angielski,
  matematyka,
  funkcje,
  workplaceEnglish,
];

export function demoContentOf(slug: string): DemoCourseContent | undefined {
  return DEMO_CONTENT.find((c) => c.slug === slug);
}

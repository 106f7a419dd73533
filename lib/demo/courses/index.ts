// Every demo course's content, keyed by the catalogue slug (plain data, no database).
import type { DemoCourseContent } from './types';
import { bhp } from './bhp';
import { rodo } from './rodo';
import { cyber } from './cyber';
import { excel } from './excel';
import { angielski } from './angielski';
import { matematyka } from './matematyka';

export const DEMO_CONTENT: DemoCourseContent[] = [bhp, rodo, cyber, excel, angielski, matematyka];

export function demoContentOf(slug: string): DemoCourseContent | undefined {
  return DEMO_CONTENT.find((c) => c.slug === slug);
}

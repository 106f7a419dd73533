// The demo programme's levels in order, with the placement test's bank.
import { a1 } from './a1';
import { a2 } from './a2';
import { b1 } from './b1';
import { b2, c1 } from './b2-c1';

export const LANGUAGE_LEVELS = [a1, a2, b1, b2, c1];
export { PLACEMENT_QUESTIONS, PLACEMENT_RULES, PLACEMENT_SLUG, PLACEMENT_PER_BAND } from './placement';
export type { LanguageLevelContent } from './types';

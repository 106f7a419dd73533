// Colours by meaning, after Okabe & Ito's palette for colour-blind readers, darkened so every mark
// keeps 3:1 against white (WCAG 1.4.11); series also differ by marker shape, never by colour alone.
import type { Tone } from './spec';

export const TONE: Record<Tone, string> = {
  primary: '#0072B2',
  good: '#007A5A',
  bad: '#C24E00',
  warn: '#A66A00',
  neutral: '#64748B',
};

/** Line series in order: blue, vermillion, green, purple, orange, sky. */
export const SERIES = ['#0072B2', '#C24E00', '#007A5A', '#9E4A8A', '#A66A00', '#2E7FA8'];
export const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;

export const INK = '#1E293B';
export const GRID = '#CBD5E1';

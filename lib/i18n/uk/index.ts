// The Ukrainian catalogue: the language school's public and learner pages (and what they share).
// Each area file is complete by its own type; the rest falls back to Polish per key.
import type { Messages } from '../pl';
import type { DeepPartial } from '../fallback';
import { languageSwitch } from './language-switch';

export const uk: DeepPartial<Messages> = {
  languageSwitch,
};

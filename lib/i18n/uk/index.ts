// The Ukrainian catalogue: the language school's public and learner pages (and what they share).
// Each area file is complete by its own type; the rest falls back to Polish per key.
import type { Messages } from '../pl';
import type { DeepPartial } from '../fallback';
import { auth } from './auth';
import { common } from './common';
import { emails } from './emails';
import { languageEmails } from './language-emails';
import { languagePlacement } from './language-placement';
import { languageSignup } from './language-signup';
import { languageSwitch } from './language-switch';
import { languageZone } from './language-zone';
import { liveLearner } from './live-learner';
import { quiz } from './quiz';

export const uk: DeepPartial<Messages> = {
  auth,
  ...common,
  emails,
  languageEmails,
  languagePlacement,
  languageSignup,
  languageSwitch,
  languageZone,
  liveLearner,
  quiz,
};

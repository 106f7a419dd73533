// The language school office's address (PLANETA_LANGUAGE_OFFICE_EMAIL, in .env.example): learners'
// messages are announced there. Composed into lib/config/env.ts, so a bad value stops the start-up.
import { z } from 'zod';

export const languageOfficeEnvSchema = z.object({
  PLANETA_LANGUAGE_OFFICE_EMAIL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().trim().default('sekretariat.jezykowy@planeta.edu.pl').pipe(z.email()),
  ),
});

export type LanguageOfficeEnv = z.output<typeof languageOfficeEnvSchema>;

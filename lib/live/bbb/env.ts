// BigBlueButton's part of the configuration (BBB_URL, BBB_SECRET; documented in .env.example),
// composed into lib/config/env.ts. Defaults point at the local simulator that `npm start` runs, so
// dev and tests need no setup; a real BBB server is a BBB_URL and a BBB_SECRET away.
import { z } from 'zod';
import { messages } from '@/lib/i18n';

export const BBB_SIMULATOR_URL = 'http://127.0.0.1:8105/bigbluebutton/';
/** The secret the local simulator uses unless told otherwise; public, so refused for any other host. */
export const BBB_SIMULATOR_SECRET = 'planeta-local-bbb-secret';

const blank = (v: unknown) => (v === '' ? undefined : v);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const isLoopback = (url: string) => LOOPBACK.has(URL.parse(url)?.hostname ?? '');

/**
 * `https://bbb.example.com/bigbluebutton/` whether written with or without the trailing slash or
 * with the `api/` part `bbb-conf --secret` does not print (the client adds `api/<call>`).
 */
export function normaliseBbbUrl(url: string): string {
  return url.replace(/\/+$/, '').replace(/\/api$/, '') + '/';
}

export const bbbEnvSchema = z
  .object({
    BBB_URL: z.preprocess(blank, z.url().default(BBB_SIMULATOR_URL).transform(normaliseBbbUrl)),
    BBB_SECRET: z.preprocess(blank, z.string().trim().min(1).default(BBB_SIMULATOR_SECRET)),
  })
  .refine((e) => isLoopback(e.BBB_URL) || e.BBB_SECRET !== BBB_SIMULATOR_SECRET, {
    message: messages().ops.bbbSimulatorSecret,
    path: ['BBB_SECRET'],
  });

export type BbbEnv = z.output<typeof bbbEnvSchema>;

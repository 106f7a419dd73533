// What every people action of the group page shares: the ids, the confirmation the second step
// of a destructive action carries, and "not yours / gone" answered as 404.
import { notFound } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { NotFoundError } from '@/lib/errors';
import { perLocale } from '@/lib/i18n/per-locale';

export const personSchema = z.object({ groupId: z.string().min(1), participantId: z.string().min(1) });

/** Only the confirmation step's form sends `confirmed=1`; the key is drawn when it is shown. */
export const confirmedSchema = perLocale((m) =>
  personSchema.extend({
    confirmed: z.literal('1', { error: m.people.confirmRequired }),
    key: z.string().min(8).max(64),
  }),
);

/** Runs a people service: a missing or foreign group or person is the 404 page; the page is refreshed after. */
export async function onGroup<T>(groupId: string, run: () => Promise<T>): Promise<T> {
  try {
    const result = await run();
    revalidatePath(`/grupy/${groupId}`);
    return result;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

// What the planner's teams actions share: the fields every form sends, a repeated field as a
// list, and another school's (or a missing) record as the 404 page rather than a generic error.
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { NotFoundError } from '@/lib/errors';
import { parseId } from '@/lib/http/ids';

/** An id of ours (lib/http/ids): anything else is refused before a query sees it. */
export const id = z.string().refine((v) => parseId(v) !== null);
export const schoolField = { schoolId: id };

/** A checkbox group: absent, one value or several → a list. */
export const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on');

/** Runs a service call; NotFoundError → the 404 page (another school's id is never revealed). */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

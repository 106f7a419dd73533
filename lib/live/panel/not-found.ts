// Pages of /panel/zajecia answer 404 when a lib/live read says "not found or not yours".
import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/errors';

export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

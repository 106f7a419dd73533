// Benchmark baseline of booking: only the conditional seat UPDATE, one statement per request on the
// same pool, so the booking bench can tell what the rest (checks, the booking row, the waiting list,
// the transaction) costs.
import { db } from '@/lib/db/client';
import { takeSeat } from '@/lib/live/bookings/seat';

export const bareSeatUpdate = (sessionId: string): Promise<boolean> => takeSeat(db(), sessionId);

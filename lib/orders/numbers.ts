import { currentTime } from '@/lib/clock/clock';
import { randomInt } from 'node:crypto';
import { warsawParts } from '@/lib/format/time';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'; // no 0/O, 1/I/L look-alikes

/** A short order number people can read over the phone: "ZAM-20261121-7KQ3". */
export function newOrderNumber(now = currentTime()): string {
  const p = warsawParts(now);
  const day = `${p.year}${String(p.month).padStart(2, '0')}${String(p.day).padStart(2, '0')}`;
  const tail = Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `ZAM-${day}-${tail}`;
}

/** PayU's extOrderId: unique per payment attempt, also across retries of one order. */
export const newExtOrderId = (orderNumber: string, attempt: number) =>
  `${orderNumber}-P${attempt}-${Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;

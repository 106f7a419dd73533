// The KSeF simulator beside `npm start` reads "now" through followDemoClock: it must follow the
// stored demo offset once read, and stay on real time while the table is not there yet.
import { describe, expect, it } from 'vitest';
import { followDemoClock } from '@/lib/clock/demo-clock';

const DAY = 86_400_000;
const settle = () => new Promise((r) => setTimeout(r, 5));

describe('followDemoClock', () => {
  it('adds the stored offset, re-read on its interval', async () => {
    let stored = 3 * DAY;
    const f = followDemoClock({ query: async () => ({ rows: [{ offsetMs: String(stored) }] }) }, 10);
    await settle();
    expect(f.now() - Date.now()).toBeGreaterThan(3 * DAY - 1000);
    stored = 10 * DAY;
    await new Promise((r) => setTimeout(r, 30));
    expect(f.now() - Date.now()).toBeGreaterThan(10 * DAY - 1000);
    f.stop();
  });

  it('is real time when the row or the table is missing', async () => {
    const none = followDemoClock({ query: async () => ({ rows: [] }) });
    const broken = followDemoClock({ query: async () => Promise.reject(new Error('no table')) });
    await settle();
    expect(Math.abs(none.now() - Date.now())).toBeLessThan(1000);
    expect(Math.abs(broken.now() - Date.now())).toBeLessThan(1000);
    none.stop();
    broken.stop();
  });
});

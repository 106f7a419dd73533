// Group commit in the application, as PostgreSQL's own: requests that arrive while `inFlight`
// batches are already running wait and then go together as ONE batch (one transaction, one
// commit flush for all of them); with nothing running a request goes alone at once (no timer,
// no added latency). A batch that fails as a whole is retried element by element, each alone.
// Used by the one-statement booking (place-at-once.ts); measured by bench/booking.bench.ts.

export type GroupCommit<I, O> = {
  submit(item: I): Promise<O>;
  /** How many batches ran and how many requests they carried (a batch of one went alone). */
  stats(): { batches: number; items: number; largest: number; retried: number };
};

export function groupCommit<I, O>(o: {
  /** Runs several items in one transaction; one result per item, in their order. */
  batch(items: I[]): Promise<O[]>;
  /** Runs one item alone (a batch of one, and each item of a failed batch). */
  alone(item: I): Promise<O>;
  /** Runs one item of a failed batch alone (default: `alone`). */
  retry?(item: I): Promise<O>;
  inFlight: number;
  cap: number;
}): GroupCommit<I, O> {
  type Waiting = { item: I; resolve: (v: O) => void; reject: (e: unknown) => void };
  const queue: Waiting[] = [];
  let running = 0;
  const counts = { batches: 0, items: 0, largest: 0, retried: 0 };
  const retry = o.retry ?? o.alone;

  const settle = (w: Waiting, p: Promise<O>) => p.then(w.resolve, w.reject);

  async function run(batch: Waiting[]): Promise<void> {
    counts.batches++;
    counts.items += batch.length;
    counts.largest = Math.max(counts.largest, batch.length);
    if (batch.length === 1) return settle(batch[0], o.alone(batch[0].item));
    let out: O[];
    try {
      out = await o.batch(batch.map((w) => w.item));
    } catch {
      // One transaction, so nothing of it is committed (or, its answer lost, all of it: `retry`
      // tells): each goes again alone, in the order they came, and an error that belongs to one
      // of them reaches only its caller.
      counts.retried += batch.length;
      for (const w of batch) await settle(w, retry(w.item));
      return;
    }
    batch.forEach((w, i) => w.resolve(out[i]));
  }

  function pump(): void {
    while (running < o.inFlight && queue.length > 0) {
      running++;
      void run(queue.splice(0, o.cap)).finally(() => {
        running--;
        pump();
      });
    }
  }

  return {
    submit: (item) =>
      new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        pump();
      }),
    stats: () => ({ ...counts }),
  };
}

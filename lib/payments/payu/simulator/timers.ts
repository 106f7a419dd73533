// Every timer the simulator starts goes through here, so close() can stop them all and a test
// run never leaves a retry firing after the server is gone.
export type Timers = {
  /** Resolves true after `ms`, or false at once if the timers were cleared meanwhile. */
  sleep(ms: number): Promise<boolean>;
  defer(ms: number, fn: () => void): void;
  /** Resolves when no deferred job is waiting (retry sleeps are not counted). */
  deferredDone(): Promise<void>;
  hasDeferred(): boolean;
  clear(): void;
  readonly cleared: boolean;
};

export function createTimers(): Timers {
  const pending = new Map<NodeJS.Timeout, () => void>();
  const deferred = new Set<Promise<void>>();
  let cleared = false;

  function schedule(ms: number, onFire: () => void, onCancel: () => void) {
    if (cleared) return onCancel();
    const t = setTimeout(() => {
      pending.delete(t);
      onFire();
    }, ms);
    pending.set(t, onCancel);
  }

  return {
    sleep: (ms) =>
      new Promise((resolve) =>
        schedule(
          ms,
          () => resolve(true),
          () => resolve(false),
        ),
      ),
    defer(ms, fn) {
      const done: Promise<void> = new Promise<void>((resolve) =>
        schedule(
          ms,
          () => {
            try {
              fn();
            } finally {
              resolve();
            }
          },
          resolve,
        ),
      ).finally(() => deferred.delete(done));
      deferred.add(done);
    },
    hasDeferred: () => deferred.size > 0,
    async deferredDone() {
      while (deferred.size) await Promise.all(deferred);
    },
    clear() {
      cleared = true;
      for (const [t, cancel] of pending) {
        clearTimeout(t);
        cancel();
      }
      pending.clear();
    },
    get cleared() {
      return cleared;
    },
  };
}

// Runs once when a server instance starts: validates configuration (a bad value stops the
// server with its name), keeps finished renders from being pinned by their abort reasons, and
// starts the background-job workers of this instance.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  (await import('./lib/http/abort-reasons')).releaseAbortReasonFrames();
  const { env } = await import('./lib/config/env');
  try {
    env();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    globalThis.process.exit(1); // a server with a bad configuration must not start
  }
  if (env().DEMO_CLOCK === '1') {
    // The demo clock's stored offset, before any page or job asks for the time.
    const { loadDemoClock } = await import('./lib/clock/demo-clock');
    const { sqlPool } = await import('./lib/db/sql');
    await loadDemoClock(sqlPool());
  }
  if (env().JOBS === 'on') {
    const { boss } = await import('./lib/jobs/boss');
    const { startWorkers } = await import('./lib/jobs/registry');
    await startWorkers(await boss());
  }
}

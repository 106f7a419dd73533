// The abort reason of a finished render must not keep the render alive (lib/http/abort-reasons).
// Measured with the real collector: a WeakRef to the object whose method made the reason.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { releaseAbortReasonFrames } from '@/lib/http/abort-reasons';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A "render" that aborts its signal from one of its own methods, as Flight does when it ends. */
function finishedRender(reason: 'error' | 'none') {
  const render = {
    html: 'x'.repeat(4 << 20),
    finish(controller: AbortController) {
      if (reason === 'error') controller.abort(new Error('This render completed successfully.'));
      else controller.abort();
    },
  };
  const controller = new AbortController();
  render.finish(controller);
  return { signal: controller.signal, render: new WeakRef(render) };
}

async function survives(ref: WeakRef<object>): Promise<boolean> {
  await new Promise((r) => setTimeout(r, 0)); // a WeakRef keeps its target until the job ends
  gc();
  return ref.deref() !== undefined;
}

describe('abort reasons', () => {
  // First without the fix, so the test shows it measures something (the patch is process-wide).
  it('an unread Error reason pins the render that made it (why the fix exists)', async () => {
    const { signal, render } = finishedRender('error');
    expect(await survives(render)).toBe(true);
    expect(signal.aborted).toBe(true);
  });

  it('releases the render once reasons are materialised, keeping message and stack', async () => {
    releaseAbortReasonFrames();
    releaseAbortReasonFrames(); // a second call does not wrap twice
    const { signal, render } = finishedRender('error');
    expect(await survives(render)).toBe(false);
    const reason = signal.reason as Error;
    expect(reason.message).toBe('This render completed successfully.');
    expect(reason.stack).toContain('finish');
  });

  it('a bare abort() still gives the DOMException reason and releases the render', async () => {
    const { signal, render } = finishedRender('none');
    expect(await survives(render)).toBe(false);
    expect(signal.reason).toBeInstanceOf(DOMException);
    expect((signal.reason as DOMException).name).toBe('AbortError');
  });
});

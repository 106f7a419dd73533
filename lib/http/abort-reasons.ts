// An Error keeps its stack as V8's structured frames (each frame holding its receiver and
// function) until something reads `.stack`. React's Flight server aborts every finished render's
// cacheSignal with such an Error ("This render completed successfully…", and Next aborts its
// prerender signals the same way), and nobody reads those reasons: each one pinned the frames of
// the render that made it, and through them (an Immediate, its async context, the next request's
// store) every request the server had answered — 600 MB after one minute of `npm run load`
// (react/react#37288, vercel/next.js#84648). Reading the stack once turns the frames into a
// string and lets the render go; the reason keeps its message and its readable stack.
const PATCHED = Symbol.for('planeta.abortReasonsReleased');

type Patched = typeof AbortController.prototype & { [PATCHED]?: true };

/** Makes every abort reason drop its stack frames (once per process; later calls do nothing). */
export function releaseAbortReasonFrames(): void {
  const proto = AbortController.prototype as Patched;
  if (proto[PATCHED]) return;
  const abort = proto.abort;
  proto.abort = function (this: AbortController, reason?: unknown) {
    abort.call(this, reason);
    materialiseStack(this.signal.reason);
  };
  Object.defineProperty(proto, PATCHED, { value: true });
}

function materialiseStack(reason: unknown): void {
  if (reason instanceof Error || reason instanceof DOMException) void reason.stack;
}

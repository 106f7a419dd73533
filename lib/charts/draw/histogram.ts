// A histogram: one column a bin over a numeric x axis with round ticks, counts up the side, and a
// threshold (the pass mark) as a dashed rule with its name.
import type { HistogramSpec } from '../spec';
import { formatValue } from '../spec';
import { INK, TONE } from '../palette';
import { niceTicks } from '../ticks';
import { line, rect, svgRoot, text, textWidth, type Size } from './markup';
import { valueAxis, valueFrame, xTick, yOf } from './axes';

export function histogramSvg(spec: HistogramSpec, size: Size): string {
  const lo = Math.min(0, ...spec.bins.map((b) => b.from));
  const hi = Math.max(1, ...spec.bins.map((b) => b.to), spec.marker?.at ?? 0);
  const top = Math.max(1, ...spec.bins.map((b) => b.count));
  // People are counted whole: no 0.5 on the axis of a small group.
  const frame = valueFrame(size, top, { locale: spec.locale, integer: true });
  const xOf = (v: number) => frame.left + ((v - lo) / (hi - lo)) * (frame.right - frame.left);
  const parts = [valueAxis(frame, size, { x: `${spec.xLabel} →`, y: spec.yLabel })];

  const count = Math.max(2, Math.floor((frame.right - frame.left) / 50));
  for (const t of niceTicks(lo, hi, count).filter((t) => t >= lo && t <= hi))
    parts.push(xTick(xOf(t), frame, size, formatValue(t, 'count', spec.locale)));

  for (const b of spec.bins) {
    if (b.count <= 0) continue;
    const y = yOf(frame, b.count);
    // Two pixels apart, so neighbouring bins read as separate columns; the top is the count exactly.
    parts.push(rect(xOf(b.from) + 1, y, xOf(b.to) - xOf(b.from) - 2, frame.bottom - y, TONE.primary));
  }
  parts.push(line(frame.left, frame.bottom, frame.right, frame.bottom, INK));

  if (spec.marker) {
    const x = xOf(spec.marker.at);
    parts.push(line(x, frame.top, x, frame.bottom, TONE.bad, ' stroke-width="2" stroke-dasharray="5,3"'));
    // Its name to the right of the rule, or to the left where it would run off the drawing.
    const fits = x + 5 + textWidth(spec.marker.label, size.fontSize) <= size.width;
    const y = frame.top - 12 + size.fontSize * 0.71;
    parts.push(text(fits ? x + 5 : x - 5, y, spec.marker.label, fits ? 'start' : 'end', ` fill="${TONE.bad}"`));
  }
  return svgRoot(size, parts.join(''));
}

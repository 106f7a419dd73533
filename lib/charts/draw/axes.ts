// The value axis of a line chart or a histogram: round ticks (niceTicks) with light grid lines across
// the plot, the axis's name above it and the x axis's name centred below the plot.
import { formatValue } from '../spec';
import { GRID, INK } from '../palette';
import { niceTicks } from '../ticks';
import { labelRoom, line, text, type Size } from './markup';

export const TOP = 28;
const TICK = 6;

/** The plot's box inside the drawing, with room on the left for the value axis's labels. */
export type Frame = { left: number; right: number; top: number; bottom: number; ticks: number[]; labels: string[] };

/** A value axis from 0 to a round top at or above `max` (exactly `fixed` when given, e.g. 0–100%). */
export function valueFrame(
  size: Size,
  max: number,
  opts: { fixed?: number; locale?: string; integer?: boolean },
): Frame {
  const bottom = size.height - size.fontSize * 3.6;
  const count = Math.max(2, Math.floor((bottom - TOP) / 35));
  const ticks = niceTicks(0, opts.fixed ?? Math.max(1, max), count, { integer: opts.integer });
  const labels = ticks.map((t) => formatValue(t, 'count', opts.locale));
  const left = Math.max(40, labelRoom(labels, size.fontSize, 80) + TICK + 3);
  return { left, right: size.width - 20, top: TOP, bottom, ticks, labels };
}

/** The y coordinate of a value on the frame's axis. */
export function yOf(frame: Frame, value: number): number {
  const top = frame.ticks[frame.ticks.length - 1] || 1;
  return frame.bottom - (value / top) * (frame.bottom - frame.top);
}

/** Grid lines, ticks and labels of the value axis, its name above it and the x axis's name (as written) below. */
export function valueAxis(frame: Frame, size: Size, names: { x: string; y: string }): string {
  const parts = frame.ticks.map((t, i) => {
    const y = yOf(frame, t);
    return (
      (t === 0 ? '' : line(frame.left, y, frame.right, y, GRID)) +
      line(frame.left - TICK, y, frame.left, y, INK) +
      text(frame.left - TICK - 3, y + size.fontSize * 0.32, frame.labels[i], 'end')
    );
  });
  parts.push(text(3, frame.top - 25 + size.fontSize * 0.71, `↑ ${names.y}`, 'start'));
  parts.push(text((frame.left + frame.right) / 2, frame.bottom + size.fontSize * 3.1, names.x, 'middle'));
  return parts.join('');
}

/** A tick and its label under the x axis. */
export function xTick(x: number, frame: Frame, size: Size, label: string): string {
  return (
    line(x, frame.bottom, x, frame.bottom + TICK, INK) +
    text(x, frame.bottom + TICK + 3 + size.fontSize * 0.71, label, 'middle')
  );
}

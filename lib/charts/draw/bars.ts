// A bar chart: columns with their names under them while every name fits there unturned, otherwise
// (long names, many bars, a phone) bars along the side, where names have room and wrap between
// words. Each bar's value is written at its end, so no value axis competes with it.
import { formatValue, type BarSpec } from '../spec';
import { INK, TONE } from '../palette';
import { TOP } from './axes';
import { label, labelRoom, line, rect, svgRoot, text, textWidth, wrapLines, type Size } from './markup';

type Row = BarSpec['bars'][number] & { text: string };

const fill = (r: Row) => TONE[r.tone ?? 'primary'];

export function barSvg(spec: BarSpec, size: Size): string {
  const rows = spec.bars.map((b) => ({ ...b, text: formatValue(b.value, spec.format, spec.locale) }));
  const column = (size.width - 16) / Math.max(1, rows.length);
  const fits = rows.every((r) => textWidth(r.label, size.fontSize) + 6 <= column);
  return spec.horizontal || !fits ? barsAlong(rows, size) : columns(rows, size);
}

function barsAlong(rows: Row[], size: Size): string {
  const { fontSize } = size;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const right =
    16 +
    labelRoom(
      rows.map((r) => r.text),
      fontSize,
      120,
    );
  // Names get up to 45% of the width; a longer one wraps onto more lines (the table has it whole).
  const room = Math.max(60, Math.min(size.width * 0.45, size.width - right - 60));
  const names = rows.map((r) => wrapLines(r.label, room - 16, fontSize));
  const left = labelRoom(names.flat(), fontSize, room);
  const lines = Math.max(1, ...names.map((n) => n.length));
  const rowHeight = fontSize * Math.max(2.2, lines * 1.2 + 1);
  const height = Math.max(size.height, rows.length * rowHeight + 40);
  const bottom = height - 20;
  const band = (bottom - TOP) / Math.max(1, rows.length);
  const scale = (size.width - right - left) / max;
  const parts = rows.map((r, i) => {
    const mid = TOP + band * (i + 0.5);
    const end = left + r.value * scale;
    return (
      label(left - 6, mid, names[i], fontSize, ' text-anchor="end"') +
      rect(left, mid - band * 0.45, end - left, band * 0.9, fill(r)) +
      text(end + 4, mid + fontSize * 0.32, r.text, 'start')
    );
  });
  parts.push(line(left, TOP, left, bottom, INK));
  return svgRoot(size, parts.join(''), height);
}

function columns(rows: Row[], size: Size): string {
  const { fontSize } = size;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const [left, right, bottom] = [8, size.width - 8, size.height - 30];
  const band = (right - left) / Math.max(1, rows.length);
  const scale = (bottom - TOP) / (max * 1.08);
  const parts = rows.map((r, i) => {
    const mid = left + band * (i + 0.5);
    const top = bottom - r.value * scale;
    return (
      rect(mid - band * 0.375, top, band * 0.75, bottom - top, fill(r)) +
      text(mid, top - 6, r.text) +
      text(mid, bottom + 9 + fontSize * 0.71, r.label)
    );
  });
  parts.push(line(left, bottom, right, bottom, INK));
  return svgRoot(size, parts.join(''));
}

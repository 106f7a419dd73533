// The pieces every chart is written with: escaped text, rounded coordinates, estimated label widths
// and the bare, aria-hidden <svg> around a drawing. Plain strings, no DOM: a chart is a few dozen
// elements, and building them in a DOM cost more than the rest of a dashboard.
import { INK } from '../palette';

export type Size = { width: number; height: number; fontSize: number };

const CHAR = 0.6; // average glyph width in ems, to leave room for the longest label

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (or an attribute's value) as SVG markup: names come from people and from the catalogue. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A coordinate to one decimal: a tenth of a pixel is below what a screen or a printer shows. */
export function px(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Estimated width of a label in pixels (the page's font is not at hand on the server). */
export function textWidth(label: string, fontSize: number): number {
  return label.length * fontSize * CHAR;
}

export function labelRoom(labels: string[], fontSize: number, max: number): number {
  const longest = labels.reduce((n, l) => Math.max(n, textWidth(l, fontSize)), 0);
  return Math.min(max, Math.ceil(longest) + 12);
}

/** A label broken between words into lines of at most `width`; a single longer word keeps its line. */
export function wrapLines(label: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && textWidth(`${lines[last]} ${word}`, fontSize) <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

type Anchor = 'start' | 'middle' | 'end';

/**
 * A text whose lines are centred on `y` (the baseline moved down a third of an em, as a centred
 * label needs); one line is written bare, several as <tspan>s.
 */
export function label(x: number, y: number, lines: string[], fontSize: number, attrs = ''): string {
  const lead = fontSize * 1.2;
  const first = y + fontSize * 0.32 - ((lines.length - 1) * lead) / 2;
  const body =
    lines.length === 1
      ? esc(lines[0])
      : lines.map((l, i) => `<tspan x="${px(x)}" y="${px(first + i * lead)}">${esc(l)}</tspan>`).join('');
  return `<text x="${px(x)}" y="${px(first)}"${attrs}>${body}</text>`;
}

/** One line of text with its anchor; `y` is the baseline. */
export function text(x: number, y: number, content: string, anchor: Anchor = 'middle', attrs = ''): string {
  return `<text x="${px(x)}" y="${px(y)}" text-anchor="${anchor}"${attrs}>${esc(content)}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, attrs = ''): string {
  return `<line x1="${px(x1)}" y1="${px(y1)}" x2="${px(x2)}" y2="${px(y2)}" stroke="${stroke}"${attrs}/>`;
}

export function rect(x: number, y: number, width: number, height: number, fill: string): string {
  return `<rect x="${px(x)}" y="${px(y)}" width="${px(Math.max(0, width))}" height="${px(Math.max(0, height))}" fill="${fill}"/>`;
}

/**
 * The drawing's own element: hidden from assistive technology (the page labels it and gives the
 * numbers), in the page's font and as wide as its box allows.
 */
export function svgRoot(size: Size, body: string, height = size.height): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(size.width)}" height="${px(height)}" ` +
    `viewBox="0 0 ${px(size.width)} ${px(height)}" aria-hidden="true" focusable="false" ` +
    `font-family="system-ui, sans-serif" font-size="${size.fontSize}" fill="${INK}" ` +
    `style="display:block;max-width:100%;height:auto;font-family:inherit;font-size:${size.fontSize}px">${body}</svg>`
  );
}

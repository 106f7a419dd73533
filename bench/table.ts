// The summary of `npm run bench`: one row per result line, the ratio against its target, so three
// runs can be compared at a glance (issue 25). Targets are either floors ("at least") or ceilings
// ("at most", `targetMax`) depending on the bench.
export type BenchLine = {
  bench: string;
  value?: number;
  unit?: string;
  baseline?: number;
  ratio?: number;
  target?: number;
  targetMax?: number;
  failed?: boolean;
  /** lesson-page: its p95 latency over the baseline's, with its own ceiling. */
  p95Ratio?: number;
  p95TargetMax?: number;
};

export function verdict(r: BenchLine): string {
  if (r.failed || r.ratio === undefined) return 'BŁĄD';
  if (r.p95TargetMax !== undefined && r.p95Ratio !== undefined && r.p95Ratio > r.p95TargetMax)
    return 'p95 powyżej celu';
  if (r.target !== undefined) return r.ratio >= r.target ? 'OK' : 'poniżej celu';
  if (r.targetMax !== undefined) return r.ratio <= r.targetMax ? 'OK' : 'powyżej celu';
  return '–';
}

export function resultTable(rows: BenchLine[]): string {
  const head = ['bench', 'wartość', 'bazowa', 'stosunek', 'cel', 'wynik'];
  const body = rows.map((r) => [
    r.bench,
    r.value === undefined ? '–' : `${r.value} ${r.unit ?? ''}`.trim(),
    r.baseline === undefined ? '–' : String(r.baseline),
    r.ratio === undefined ? '–' : r.ratio.toFixed(2),
    r.target !== undefined ? `≥ ${r.target}` : r.targetMax !== undefined ? `≤ ${r.targetMax}` : '–',
    verdict(r),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

// One chart on a page: its title, the SVG drawn on the server (lib/charts/svg.ts), a sentence that
// says what it shows in numbers, and the numbers themselves in a table behind "Pokaż liczby" — so
// a screen reader, a colour-blind reader and a printer all get the same facts.
import { chartTable, type ChartSpec } from '@/lib/charts/spec';
import { pageDrawings, type PageDrawings } from '@/lib/charts/svg';
import { chartLegend, swatchShape } from '@/lib/charts/legend';
import { messages } from '@/lib/i18n';
import { ScrollTable } from '@/components/forms/scroll-table';
import { HeadRow } from '@/components/forms/head-row';
import { currentLocale } from '@/lib/locale/current';

type Props = {
  title: string;
  /** What the chart shows, in numbers ("12 z 30 uczestników zdało test"). */
  summary: string;
  spec: ChartSpec;
  /** h2 by default; h3 inside a card that has its own heading. */
  headingLevel?: 2 | 3;
  className?: string;
  /** The spec drawn beforehand (a loader may draw while it still waits for its other reads). */
  drawings?: PageDrawings;
};

export async function Chart({ title, summary, spec, headingLevel = 2, className, drawings }: Props) {
  const locale = await currentLocale();
  const m = messages(locale).charts;
  const table = chartTable(spec);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // Two drawings, one per screen width: a phone gets larger letters instead of a scaled-down page.
  const { wide, narrow } = drawings ?? pageDrawings(spec);
  const legend = chartLegend(spec);
  return (
    <figure className={['card space-y-3', className].filter(Boolean).join(' ')}>
      <figcaption>
        <Heading className={headingLevel === 2 ? 'h2' : 'text-lg font-semibold text-slate-900'}>{title}</Heading>
        <p className="mt-1 text-sm text-slate-700" data-chart-summary>
          {summary}
        </p>
      </figcaption>
      {legend.length > 0 && (
        // A plain list of the series, each with its colour and marker shape; the names are read
        // out, the swatches are not.
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800" data-chart-legend>
          {legend.map((item) => (
            <li key={item.label} className="inline-flex items-center gap-1.5">
              <svg
                width="12"
                height="12"
                // A page may stretch a chart's SVGs to its card; the swatch keeps its own size.
                style={{ width: 12, height: 12, flex: 'none' }}
                viewBox="0 0 12 12"
                aria-hidden="true"
                focusable="false"
                dangerouslySetInnerHTML={{ __html: swatchShape(item) }}
              />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <div
        role="img"
        aria-label={summary}
        className="hidden text-slate-800 sm:block"
        dangerouslySetInnerHTML={{ __html: wide }}
      />
      <div
        role="img"
        aria-label={summary}
        className="text-slate-800 sm:hidden"
        dangerouslySetInnerHTML={{ __html: narrow }}
      />
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">{m.showNumbers}</summary>
        <ScrollTable label={title} className="mt-2">
          <table className="table" data-chart-table>
            <caption className="sr-only">{title}</caption>
            <HeadRow head={table.head} />
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) =>
                    j === 0 ? (
                      <th key={j} scope="row" className="font-normal">
                        {c}
                      </th>
                    ) : (
                      <td key={j} className="tabular-nums">
                        {c}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </details>
    </figure>
  );
}

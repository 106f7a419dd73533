// Today's and this month's sales by product, every currency as stored (the chart beside it is in
// złoty only): the table staff read the day's takings from.
import { ScrollTable } from '@/components/forms/scroll-table';
import { HeadRow } from '@/components/forms/head-row';

export function SalesTable({
  title,
  table,
  note,
}: {
  title: string;
  table: { head: string[]; rows: string[][] };
  note: string | null;
}) {
  return (
    <div className="card space-y-3">
      <h3 className="text-lg font-semibold text-slate-900">{title}</h3>
      <ScrollTable label={title} cards>
        <table className="table" data-testid="sales-table">
          <HeadRow head={table.head} />
          <tbody>
            {table.rows.map((r) => (
              <tr key={`${r[0]}-${r[1]}`}>
                {r.map((c, i) => (
                  <td key={i} className={i > 1 ? 'tabular-nums' : undefined}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {note && <p className="text-sm text-slate-700">{note}</p>}
    </div>
  );
}

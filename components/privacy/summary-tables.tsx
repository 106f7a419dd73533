// "Moje dane": each section of what we hold as a labelled table (the same sections as the PDF).
import { ScrollTable } from '@/components/forms/scroll-table';
import { messages } from '@/lib/i18n';
import type { SummarySection } from '@/lib/privacy/export/summary';

export function SummaryTables({ sections }: { sections: SummarySection[] }) {
  const t = messages().privacy.myData;
  return (
    <>
      {sections.map((s) => (
        <section key={s.id} className="card space-y-3" aria-labelledby={`dane-${s.id}`}>
          <h2 id={`dane-${s.id}`} className="h2">
            {s.title}{' '}
            <span className="text-sm font-normal text-slate-600">({s.id === 'profil' ? 1 : s.rows.length})</span>
          </h2>
          {s.rows.length === 0 ? (
            <p className="text-sm">{t.none}</p>
          ) : (
            <ScrollTable label={s.title} cards>
              <table className="table">
                <thead>
                  <tr>
                    {s.columns.map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {s.rows.map((r, i) => (
                    <tr key={i}>
                      {r.map((cell, j) => (
                        <td key={j} className="break-words">
                          {cell}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          )}
        </section>
      ))}
    </>
  );
}

// "Moje dane": each section of what we hold (the same sections as the PDF) — the profile as a
// list, the others as labelled tables (cards on a phone), the empty ones named together at the end.
import { ScrollTable } from '@/components/forms/scroll-table';
import { messages } from '@/lib/i18n';
import type { SummarySection } from '@/lib/privacy/export/summary';
import { currentLocale } from '@/lib/locale/current';

function Fields({ s }: { s: SummarySection }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[200px_1fr]">
      {s.rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium">{label}</dt>
          <dd className="break-all sm:break-normal">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Table({ s }: { s: SummarySection }) {
  return (
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
                <td
                  key={j}
                  className="break-words"
                  data-course-content={j === s.courseColumn || undefined}
                  lang={s.cellLangs?.column === j ? s.cellLangs.langs[i] : undefined}
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export async function SummaryTables({ sections }: { sections: SummarySection[] }) {
  const locale = await currentLocale();
  const t = messages(locale).privacy.myData;
  const empty = sections.filter((s) => s.rows.length === 0);
  return (
    <>
      {sections
        .filter((s) => s.rows.length > 0)
        .map((s) => (
          <section key={s.id} className="card space-y-3" aria-labelledby={`dane-${s.id}`}>
            <h2 id={`dane-${s.id}`} className="h2">
              {s.title}
              {!s.fields && <span className="text-sm font-normal text-slate-600"> ({s.rows.length})</span>}
            </h2>
            {s.fields ? <Fields s={s} /> : <Table s={s} />}
          </section>
        ))}
      {empty.length > 0 && (
        <section className="card space-y-2" aria-labelledby="dane-brak">
          <h2 id="dane-brak" className="h2">
            {t.emptyTitle}
          </h2>
          <p className="text-sm">{t.empty(empty.map((s) => s.title.toLowerCase()).join(', '))}</p>
        </section>
      )}
    </>
  );
}

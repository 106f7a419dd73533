// The staff home (/panel): what waits, money in and out, overdue payments, contracts and the live
// groups' next classes — each block only when the page model has it for the viewer's roles.
import { Chart } from '@/components/charts/chart';
import { StatTiles } from '@/components/charts/stat-tile';
import type { StaffDashboard as View } from '@/lib/panel/dashboard/dashboard';
import { messages } from '@/lib/i18n';
import { SalesTable } from './sales-table';
import { OccupancyTable } from './occupancy-table';
import { currentLocale } from '@/lib/locale/current';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3" data-testid={`dashboard-${id}`}>
      <h2 id={id} className="h2">
        {title}
      </h2>
      {children}
    </section>
  );
}

export async function StaffDashboard({ view }: { view: View }) {
  const locale = await currentLocale();
  const t = messages(locale).panel.dashboard;
  const { money, overdue, contracts, classes } = view;
  return (
    <div className="space-y-8">
      {view.queues.length > 0 && (
        <Section id="kolejki" title={t.sections.queues}>
          <StatTiles tiles={view.queues} label={t.sections.queues} />
        </Section>
      )}
      {money && (
        <Section id="sprzedaz" title={t.sections.money}>
          <StatTiles tiles={money.tiles} label={t.sections.money} />
          <div className="grid gap-4 2xl:grid-cols-2">
            {money.chart ? (
              <Chart headingLevel={3} title={money.chart.title} summary={money.chart.summary} spec={money.chart.spec} />
            ) : (
              <p className="card muted">{money.empty}</p>
            )}
            <SalesTable title={t.money.tableTitle} table={money.table} note={money.otherCurrencies} />
          </div>
        </Section>
      )}
      {(overdue || contracts) && (
        <div className="grid gap-8 2xl:grid-cols-2">
          {overdue && (
            <Section id="zalegle" title={t.sections.overdue}>
              <StatTiles tiles={overdue.tiles} label={t.sections.overdue} />
              <Chart
                headingLevel={3}
                title={overdue.chart.title}
                summary={overdue.chart.summary}
                spec={overdue.chart.spec}
              />
              {overdue.otherCurrencies && <p className="text-sm text-slate-700">{overdue.otherCurrencies}</p>}
            </Section>
          )}
          {contracts && (
            <Section id="umowy" title={t.sections.contracts}>
              <StatTiles tiles={contracts.tiles} label={t.sections.contracts} />
              <Chart
                headingLevel={3}
                title={contracts.chart.title}
                summary={contracts.chart.summary}
                spec={contracts.chart.spec}
              />
            </Section>
          )}
        </div>
      )}
      {classes && (
        <Section id="zajecia" title={t.sections.classes}>
          <StatTiles tiles={classes.tiles} label={t.sections.classes} />
          <OccupancyTable classes={classes} />
        </Section>
      )}
      {view.platform.length > 0 && (
        <Section id="platforma" title={t.sections.platform}>
          <StatTiles tiles={view.platform} label={t.sections.platform} />
        </Section>
      )}
    </div>
  );
}

// The top of the company admin's group page: "where do things stand?" answered without counting —
// four tiles, then the participants by state, the weekly progress and the test scores (each chart
// with its summary sentence and its numbers behind "Pokaż liczby").
import type { GroupDashboard as Model } from '@/lib/groups/dashboard/dashboard-model';
import { messages } from '@/lib/i18n';
import { Chart } from '@/components/charts/chart';
import { StatTiles } from '@/components/charts/stat-tile';
import { currentLocale } from '@/lib/locale/current';

export async function GroupDashboard({ dashboard }: { dashboard: Model | null }) {
  const locale = await currentLocale();
  if (!dashboard) return null;
  const t = messages(locale).groups.dashboard;
  const [states, progress, scores] = dashboard.charts;
  return (
    <section aria-labelledby="pulpit-h" className="space-y-4" data-testid="group-dashboard">
      <div>
        <h2 id="pulpit-h" className="h2">
          {t.heading}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t.intro}</p>
      </div>
      <StatTiles tiles={dashboard.tiles} label={t.tilesLabel} />
      <div className="grid gap-4 lg:grid-cols-2">
        {[states, scores].map((c) => (
          <Chart key={c.id} title={c.title} summary={c.summary} spec={c.spec} drawings={c.drawings} headingLevel={3} />
        ))}
      </div>
      {/* The line spans the page: its drawing is stretched to the card (at most 22rem high). */}
      <Chart
        title={progress.title}
        summary={progress.summary}
        spec={progress.spec}
        drawings={progress.drawings}
        headingLevel={3}
        className="[&_svg]:h-auto [&_svg]:max-h-[22rem] [&_svg]:w-full"
      />
    </section>
  );
}

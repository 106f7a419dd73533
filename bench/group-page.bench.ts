// group-page: the company admin's group page with a 1000-participant group, against the page as
// it was before issue 26 (no dashboard), in the same run. In process, not over HTTP: the old page
// does not exist in today's build, but its work does — the loaders it called (group, agreement,
// uploads, participants' progress) and the page model.
// - ratio (target ≥ 0.8, "renders as fast as the table did"): the table's section (LearningStep)
//   on the old loaders, against today's groupPage with the dashboard — its one set-based statement,
//   the model, the tiles and the charts (two SVGs each) — and the same section: the dashboard's
//   whole cost, shared with nothing else.
// - pageRatio: the same for everything app/grupy/[id]/page.tsx renders for the group's admin (every
//   step and section, the participants' list included), with and without the dashboard.
// The components are async server components (they await the request's language, Polish here):
// both sides are rendered the same way, by React's static prerender, in the mode bench/run.ts sets
// (NODE_ENV=production, as a served page is; the JSON line says which).
import { createElement, Fragment, type ReactElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { benchDatabase, report } from './support';
import { PARTICIPANTS, seedBenchGroup } from './group-fixture';

const N = 40; // pages of each kind

const database = await benchDatabase('group-page');
const { groupFor } = await import('../lib/groups/group-access');
const { currentAgreement } = await import('../lib/groups/agreement/agreements');
const { uploadsOf } = await import('../lib/groups/list/uploads');
const { participantsProgress } = await import('../lib/groups/report/participants-progress');
const { groupPage, groupPageModel } = await import('../lib/groups/group-page');
const { LearningStep, ReportStep } = await import('../components/groups/group-learning-step');
const { GroupDashboard } = await import('../components/groups/dashboard/group-dashboard');
const { GroupOverview } = await import('../components/groups/group-overview');
const { AgreementStep, PurchaseStep } = await import('../components/groups/group-agreement-step');
const { AccountsStep, ListStep } = await import('../components/groups/group-list-step');
const { ParticipantsSection } = await import('../components/groups/participants-section');
const { ControllerSection } = await import('../components/groups/controller-section');
const { AppRouterContext } = await import('next/dist/shared/lib/app-router-context.shared-runtime');

// The upload form asks for Next's router (it refreshes the page after an upload); rendering never
// navigates, so a router that refuses every call is all the page needs outside Next.
const refuse = () => {
  throw new Error('the bench renders, it does not navigate');
};
const router = { back: refuse, forward: refuse, refresh: refuse, push: refuse, replace: refuse, prefetch: refuse };
type Router = NonNullable<React.ContextType<typeof AppRouterContext>>;

const seeded = await seedBenchGroup({ analyze: true });
const viewer = { ...seeded.owner, groupId: seeded.groupId };

/** A server component tree as HTML, its async parts awaited. */
async function html(element: ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  let out = '';
  for await (const chunk of prelude) out += chunk.toString();
  return out;
}

type Model = NonNullable<Awaited<ReturnType<typeof groupPage>>>;

/** The old page's loaders (before issue 26): the group, agreement, uploads and progress, no dashboard. */
async function oldModel(groupId: string): Promise<Model> {
  const group = (await groupFor(viewer, groupId))!;
  const [agreement, uploads, participants] = await Promise.all([
    currentAgreement(groupId),
    uploadsOf(groupId),
    participantsProgress(viewer, groupId),
  ]);
  return groupPageModel({ group, agreement, uploads, participants, query: {} });
}

/** What app/grupy/[id]/page.tsx renders for the group's admin, with or without the dashboard. */
function pageBody(page: Model, dashboard: boolean): ReactElement {
  const section = { viewer, groupId: page.id };
  return createElement(
    AppRouterContext.Provider,
    { value: router as unknown as Router },
    createElement(GroupOverview, { page }),
    dashboard ? createElement(GroupDashboard, { dashboard: page.dashboard }) : null,
    createElement(PurchaseStep, { page }),
    createElement(AgreementStep, { page }),
    createElement(ListStep, { page }),
    createElement(AccountsStep, { page }),
    createElement(LearningStep, { page }),
    createElement(ParticipantsSection, section),
    createElement(ReportStep, { page }),
    createElement(ControllerSection, section),
  );
}

/** The whole page before the dashboard: the old loaders and every section but the dashboard. */
const oldPage = async (groupId: string) => html(pageBody(await oldModel(groupId), false));

/** Today's whole page: groupPage (with the dashboard's statement) and every section. */
async function newPage(groupId: string): Promise<string> {
  const page = (await groupPage(viewer, groupId, {}))!;
  if (!page.dashboard) throw new Error('the bench group has no dashboard');
  return html(pageBody(page, true));
}

/** The narrower comparison the bench first made: the table's section alone, then with the dashboard. */
const oldTable = async (groupId: string) => html(createElement(LearningStep, { page: await oldModel(groupId) }));

async function newTable(groupId: string): Promise<string> {
  const page = (await groupPage(viewer, groupId, {}))!;
  return html(
    createElement(
      Fragment,
      null,
      createElement(GroupDashboard, { dashboard: page.dashboard }),
      createElement(LearningStep, { page }),
    ),
  );
}

type Side = { times: number[] };

const timedOnce = async (side: Side, render: () => Promise<string>) => {
  const t = performance.now();
  await render();
  side.times.push(performance.now() - t);
};

/** Pages per second from the pages' own times, and the 95th percentile of those times. */
function figures(side: Side): { rps: number; p95: number } {
  const sorted = [...side.times].sort((a, b) => a - b);
  const total = sorted.reduce((sum, t) => sum + t, 0);
  return { rps: sorted.length / (total / 1000), p95: sorted[Math.floor(sorted.length * 0.95)] };
}

try {
  const first = await newPage(viewer.groupId);
  if (!first.includes('<svg') || !first.includes('data-chart-table')) throw new Error('the dashboard did not render');
  if (!first.includes('data-testid="people"')) throw new Error('the participants section did not render');
  const kinds = [oldPage, newPage, oldTable, newTable].map((render) => ({
    render: () => render(viewer.groupId),
    times: [] as number[],
  }));
  // Warm-up: the JIT, Prisma's and PostgreSQL's plans.
  for (let i = 0; i < 5; i++) for (const k of kinds) await k.render();
  // Page by page in turns (the order reversed every other round): on a shared machine the load
  // changes within seconds, and each kind then meets the same moments of it.
  for (let i = 0; i < N; i++) {
    for (const k of i % 2 === 0 ? kinds : [...kinds].reverse()) await timedOnce(k, k.render);
  }
  const [pageBaseline, pageValue, baseline, value] = kinds.map(figures);
  report({
    bench: 'group-page',
    value: +value.rps.toFixed(2),
    unit: 'pages/s',
    baseline: +baseline.rps.toFixed(2),
    ratio: +(value.rps / baseline.rps).toFixed(3),
    target: 0.8,
    participants: PARTICIPANTS,
    nodeEnv: process.env.NODE_ENV ?? 'development',
    p95Ms: +value.p95.toFixed(1),
    baselineP95Ms: +baseline.p95.toFixed(1),
    pageRatio: +(pageValue.rps / pageBaseline.rps).toFixed(3),
    pageMs: +(1000 / pageValue.rps).toFixed(1),
    pageBaselineMs: +(1000 / pageBaseline.rps).toFixed(1),
  });
} finally {
  await database.close();
}

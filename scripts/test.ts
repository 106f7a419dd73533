// npm test: types, formatting, lint, unit, integration (real PostgreSQL), then the production build and
// the browser tests (Chromium). Stops at the first failing stage; ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const node = process.execPath;
const tsx = ['node_modules/tsx/dist/cli.mjs'];
const REPORTS = '.test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

type Stage = { name: string; args: string[]; env?: NodeJS.ProcessEnv };
const vitest = (project: string): Stage => ({
  name: `${project} tests`,
  args: [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${REPORTS}/${project}.json`,
  ],
});
const stages: Stage[] = [
  { name: 'prisma generate', args: [...tsx, 'scripts/prisma-generate.ts'] },
  { name: 'typecheck', args: ['node_modules/typescript/bin/tsc', '--noEmit'] },
  { name: 'format', args: ['node_modules/prettier/bin/prettier.cjs', '--check', '.', '--log-level', 'warn'] },
  { name: 'lint', args: ['node_modules/eslint/bin/eslint.js', '--max-warnings=0', '.'] },
  vitest('unit'),
  vitest('integration'),
  { name: 'build', args: [...tsx, 'scripts/build.ts'] },
  { name: 'e2e tests', args: ['node_modules/@playwright/test/cli.js', 'test'] },
];

function counts(): { passed: number; failed: number; skipped: number } {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const p of ['unit', 'integration']) {
    const f = `${REPORTS}/${p}.json`;
    if (!existsSync(f)) continue;
    const r = JSON.parse(readFileSync(f, 'utf8'));
    total.passed += r.numPassedTests ?? 0;
    total.failed += r.numFailedTests ?? 0;
    total.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  const e2e = `${REPORTS}/e2e.json`;
  if (existsSync(e2e)) {
    const s = JSON.parse(readFileSync(e2e, 'utf8')).stats ?? {};
    total.passed += (s.expected ?? 0) + (s.flaky ?? 0);
    total.failed += s.unexpected ?? 0;
    total.skipped += s.skipped ?? 0;
  }
  return total;
}

let failedStage: string | null = null;
const started = Date.now();
const took: string[] = [];
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
for (const stage of stages) {
  console.log(`\n━━ ${stage.name} ━━`);
  const t0 = Date.now();
  const r = spawnSync(node, stage.args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...stage.env },
  });
  took.push(`${stage.name} ${seconds(Date.now() - t0)}`);
  if (r.status !== 0) {
    failedStage = stage.name;
    break;
  }
}
const c = counts();
if (failedStage) console.error(`\n✗ Zatrzymano na etapie: ${failedStage}`);
// A stage that stopped without reporting a failed test (tsc, lint, a crash) counts as one.
const failed = c.failed + (failedStage && c.failed === 0 ? 1 : 0);
// Where the time went, so a slow stage shows before it pushes the whole run past its budget.
console.log(`\n${took.join(' · ')} · total ${seconds(Date.now() - started)}`);
console.log(`${c.passed} passed, ${failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
process.exit(failedStage ? 1 : 0);

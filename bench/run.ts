// npm run bench [name]: runs every bench/<name>.bench.ts (or one). Each measures its figure
// against a baseline measured in the same run and prints one JSON line at the end:
// {"bench":"<name>","value":…,"unit":"…","baseline":…,"ratio":…}
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const wanted = process.argv[2];
const all = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''))
  .sort();
const run = wanted ? all.filter((n) => n === wanted) : all;
if (wanted && run.length === 0) {
  console.error(`Nie ma benchmarku „${wanted}”. Dostępne: ${all.join(', ')}`);
  process.exit(1);
}
let failed = 0;
for (const name of run) {
  console.log(`\n━━ bench: ${name} ━━`);
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', `bench/${name}.bench.ts`], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);

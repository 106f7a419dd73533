// npm run bench [name]: runs every bench/<name>.bench.ts (or one). Each measures its figure
// against a baseline measured in the same run and prints one JSON line at the end:
// {"bench":"<name>","value":…,"unit":"…","baseline":…,"ratio":…,"target":…}
// With several, every result is repeated in one table at the end (issue 25).
import { readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { resultTable, type BenchLine } from './table';

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

/** Runs one bench with its output passed through as it comes; returns its JSON result lines. */
function runOne(name: string): Promise<{ code: number; lines: BenchLine[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', `bench/${name}.bench.ts`], {
      stdio: ['inherit', 'pipe', 'inherit'],
      // What is measured is what is served: React, Next and the libraries in their production
      // builds (development React alone is several times slower at rendering).
      env: { ...process.env, NODE_ENV: 'production' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      process.stdout.write(d);
      out += d.toString();
    });
    child.on('exit', (code) => {
      const lines = out
        .split('\n')
        .filter((l) => l.startsWith('{"bench"'))
        .flatMap((l) => {
          try {
            return [JSON.parse(l) as BenchLine];
          } catch {
            return [];
          }
        });
      resolve({ code: code ?? 1, lines });
    });
  });
}

let failed = 0;
const results: BenchLine[] = [];
for (const name of run) {
  console.log(`\n━━ bench: ${name} ━━`);
  const r = await runOne(name);
  if (r.code !== 0) failed++;
  results.push(...(r.lines.length ? r.lines : [{ bench: name, failed: true }]));
}
if (run.length > 1) {
  console.log('\n━━ bench: wyniki ━━');
  console.log(resultTable(results));
  for (const r of results) console.log(JSON.stringify(r));
}
process.exit(failed ? 1 : 0);

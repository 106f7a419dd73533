// The layering rules of docs/conventions.md, checked on the real import graph: a change that
// breaks one fails here with the offending import, not in a review months later.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, readImportGraph, type Edge } from '../support/import-graph';

const root = path.resolve(import.meta.dirname, '../..');
const graph = readImportGraph(root, ['lib', 'app', 'components', 'emails', 'instrumentation.ts']);
const runtime = graph.edges.filter((e) => !e.typeOnly);

type Rule = {
  name: string;
  from: RegExp;
  to: RegExp;
  /** Importers allowed despite matching `from`. */
  except?: RegExp;
  /** Type-only imports are erased at build time; some rules are about run-time coupling only. */
  types?: 'allowed' | 'forbidden';
};

const AREA_JOBS = /^lib\/[^/]+\/jobs\.ts$/;
const REGISTRY = /^lib\/jobs\/registry\.ts$/;

export const RULES: Rule[] = [
  { name: 'lib never imports routes', from: /^lib\//, to: /^app\//, types: 'forbidden' },
  { name: 'components never import routes', from: /^components\//, to: /^app\//, types: 'forbidden' },
  {
    name: 'business modules never import the action layer',
    from: /^lib\//,
    to: /^lib\/actions\//,
    except: /^lib\/actions\//,
    types: 'forbidden',
  },
  {
    name: 'routes and components reach the database only through lib/<area>',
    from: /^(app|components)\//,
    to: /^lib\/db\//,
    // The health check's whole job is to ask the database whether it answers.
    except: /^app\/api\/health\//,
    types: 'allowed',
  },
  {
    name: 'pure rules take no database and no clock',
    from: /^lib\/[^/]+\/rules\//,
    to: /^lib\/(db|clock)\//,
    types: 'allowed',
  },
  { name: "only the registry imports an area's jobs", from: /./, to: AREA_JOBS, except: REGISTRY, types: 'forbidden' },
  {
    name: 'the job registry is imported only at start-up and by test routes',
    from: /./,
    to: REGISTRY,
    except: /^(instrumentation\.ts|app\/api\/test\/)/,
    types: 'allowed',
  },
  {
    name: 'text is read through messages(), never from one language file',
    from: /./,
    to: /^lib\/i18n\/pl\//,
    except: /^lib\/i18n\//,
    types: 'allowed',
  },
  {
    name: 'the kernel (errors, format, clock, url) does not depend on areas',
    from: /^lib\/(errors\.ts|url\.ts|format\/|clock\/)/,
    to: /^lib\/(?!errors\.ts|url\.ts|format\/|clock\/|config\/|i18n\/)/,
    types: 'allowed',
  },
];

export function violations(rule: Rule, edges: Edge[]): string[] {
  return edges
    .filter((e) => rule.from.test(e.from) && rule.to.test(e.to) && !(rule.except?.test(e.from) ?? false))
    .filter((e) => rule.types === 'forbidden' || !e.typeOnly)
    .map((e) => `${e.from} → ${e.to}`);
}

describe('the import graph is read for real', () => {
  it('finds the project files and a known import', () => {
    expect(graph.files.length).toBeGreaterThan(200);
    expect(graph.edges).toContainEqual(
      expect.objectContaining({ from: 'lib/actions/action.ts', to: 'lib/errors.ts', typeOnly: false }),
    );
  });

  it('tells type-only imports from run-time ones', () => {
    expect(graph.edges.some((e) => e.typeOnly)).toBe(true);
    expect(runtime.length).toBeLessThan(graph.edges.length);
  });

  it('finds a cycle when there is one, and none in a chain', () => {
    const e = (from: string, to: string) => ({ from, to });
    expect(cycles(['a', 'b', 'c'], [e('a', 'b'), e('b', 'c'), e('c', 'a')])).toEqual([['a', 'b', 'c']]);
    expect(cycles(['a', 'b', 'c'], [e('a', 'b'), e('b', 'c')])).toEqual([]);
    expect(cycles(['a'], [e('a', 'a')])).toEqual([['a']]);
  });

  it.each(RULES)('the rule "$name" catches an import that breaks it', (rule) => {
    // A synthetic edge built from the rule's own patterns must be reported.
    const sample: Record<string, [string, string]> = {
      'lib never imports routes': ['lib/x/a.ts', 'app/page.tsx'],
      'components never import routes': ['components/a.tsx', 'app/page.tsx'],
      'business modules never import the action layer': ['lib/groups/a.ts', 'lib/actions/action.ts'],
      'routes and components reach the database only through lib/<area>': ['app/page.tsx', 'lib/db/client.ts'],
      'pure rules take no database and no clock': ['lib/families/rules/a.ts', 'lib/clock/clock.ts'],
      "only the registry imports an area's jobs": ['lib/payments/a.ts', 'lib/mail/jobs.ts'],
      'the job registry is imported only at start-up and by test routes': ['lib/mail/a.ts', 'lib/jobs/registry.ts'],
      'the kernel (errors, format, clock, url) does not depend on areas': ['lib/format/money.ts', 'lib/orders/a.ts'],
      'text is read through messages(), never from one language file': ['components/a.tsx', 'lib/i18n/pl/groups.ts'],
    };
    const [from, to] = sample[rule.name];
    expect(violations(rule, [{ from, to, typeOnly: false, dynamic: false }])).toHaveLength(1);
  });
});

describe('layers', () => {
  it('has no import cycle', () => {
    expect(cycles(graph.files, runtime)).toEqual([]);
  });

  it.each(RULES)('$name', (rule) => {
    expect(violations(rule, graph.edges)).toEqual([]);
  });

  it('uses no dynamic import of its own modules in lib/, app/ or components/ (they only hide cycles)', () => {
    const dynamic = graph.edges.filter((e) => e.dynamic && /^(lib|app|components)\//.test(e.from));
    expect(dynamic.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });
});

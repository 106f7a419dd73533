// billing-run: one daily billing run over 100 000 contracts in a realistic mix (most active with
// nothing due; some reminded, suspended, terminated, voided, sent a demand; some already dealt
// with; a history of ended ones), as a ratio to a floor in the same run: the bare UPDATE of the
// same rows, the 100 000 contracts (bench/floors/billing-run-update.ts). Also reported: the ratio
// to the bare UPDATE of only the contracts the run acts on (`actedRatio`), a far lower floor since
// the run writes a step, an event and an e-mail for each. Checks the run did exactly what it should.
// Target: at least 0.5× the floor.
import { benchDatabase, report } from './support';

const CONTRACTS = 100_000;
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const TODAY = '2027-03-11';

// Per mille of the contracts: what their oldest OPEN charge asks for today.
const MIX = [
  { kind: 'remind-before', share: 20, expect: 'ACTIVE' }, // razem, due in 3 days: reminder −3
  { kind: 'remind-after', share: 10, expect: 'SUSPENDED' }, // razem, suspended, due 7 days ago: reminder +7
  { kind: 'suspend', share: 10, expect: 'SUSPENDED' }, // razem, due yesterday
  { kind: 'terminate', share: 5, expect: 'ENDED' }, // razem, suspended 13 days ago, due 14 days ago
  { kind: 'live-end', share: 5, expect: 'ENDED' }, // Live, unpaid at the period's first class
  { kind: 'void', share: 5, expect: 'VOID' }, // licence pro-forma, deadline yesterday
  { kind: 'demand', share: 5, expect: 'ACTIVE' }, // centre instalment 7 days overdue
  { kind: 'done', share: 40, expect: null }, // suspended, due 5 days ago: today's steps already taken
  { kind: 'history', share: 50, expect: null }, // ended or void long ago
] as const;
const IDLE = 1000 - MIX.reduce((n, m) => n + m.share, 0); // active, next charge due in 5–29 days

const database = await benchDatabase('billing-run');
try {
  const { sqlPool } = await import('../lib/db/sql');
  const { runBillingDay } = await import('../lib/billing/run/daily');
  const { bareContractUpdate } = await import('./floors/billing-run-update');
  const { fromWarsaw } = await import('../lib/format/time');
  const now = fromWarsaw(2027, 3, 11, 6, 0);
  const pool = sqlPool();

  // Bucket b of contract i: i % 1000 against the cumulative shares.
  const cases = (() => {
    let from = 0;
    const parts = MIX.map((m) => {
      const c = `WHEN i % 1000 < ${from + m.share} THEN '${m.kind}'`;
      from += m.share;
      return c;
    });
    return `CASE ${parts.join(' ')} ELSE 'idle' END`;
  })();

  async function makeData(): Promise<void> {
    await pool.query(
      `TRUNCATE "BillingStep", "ContractEvent", "ContractCharge", "Contract", "BillingOffer", "EmailMessage" CASCADE`,
    );
    await pool.query(`DELETE FROM "User" WHERE "email" LIKE '%@bench.pl'`);
    await pool.query(`INSERT INTO "User" ("id", "email", "firstName", "lastName", "passwordHash", "updatedAt")
      SELECT 'bu' || i, 'bu' || i || '@bench.pl', 'Ola', 'Nowak', 'x', now() FROM generate_series(1, 20000) i`);
    await pool.query(`INSERT INTO "BillingOffer" ("id", "slug", "title", "product", "planKind", "planCode", "amount")
      VALUES ('o-razem', 'razem', 'Angielski razem', 'razem', 'MONTHLY', 'razem-monthly', 19900),
             ('o-live', 'live', 'Matematyka Live', 'live', 'SESSIONS', 'live-4', 24000),
             ('o-licence', 'licence', 'Licencja szkolna', 'licence', 'PROFORMA', 'licence-proforma', 50000),
             ('o-centre', 'centre', 'Centrum — 10 rat', 'centre', 'INSTALMENTS', 'centre-ten', 35000)`);
    // One statement for the contracts, one for each charge: kind decides plan, state and dates.
    await pool.query({
      text: `INSERT INTO "Contract" ("id", "number", "offerId", "payerId", "beneficiaryId", "status", "planKind", "planCode",
               "payMethod", "termination", "currency", "amount", "reminderOffsets", "suspendOffset", "demandOffset",
               "noticeOffset", "terminateOffset", "voidOffset", "termsVersion", "signedAt", "suspendedAt", "endedAt",
               "endReason", "updatedAt")
      SELECT 'bc' || i, 'UM/B/' || i, p."offer", 'bu' || (i % 20000 + 1), 'bu' || (i % 20000 + 1), s."status"::"ContractStatus",
             p."planKind"::"BillingPlanKind", p."planCode", p."payMethod"::"BillingPayMethod",
             p."termination"::"BillingTermination", 'PLN', 19900, p."reminders", p."suspend", p."demand", p."notice",
             p."terminate", p."void", 't1', $1::timestamptz - interval '60 days',
             CASE WHEN s."status" = 'SUSPENDED' THEN $1::timestamptz - (s."suspendedDaysAgo" || ' days')::interval END,
             CASE WHEN s."status" IN ('ENDED', 'VOID') THEN $1::timestamptz - interval '40 days' END,
             CASE WHEN s."status" = 'ENDED' THEN 'unpaid' WHEN s."status" = 'VOID' THEN 'void-deadline' END, now()
        FROM (SELECT i, ${cases} AS "kind" FROM generate_series(1, ${CONTRACTS}) i) g
        CROSS JOIN LATERAL (SELECT CASE g."kind" WHEN 'live-end' THEN 'live' WHEN 'void' THEN 'licence'
                                                 WHEN 'demand' THEN 'centre' ELSE 'razem' END AS "plan") k
        CROSS JOIN LATERAL (SELECT
             CASE k."plan" WHEN 'razem' THEN 'o-razem' WHEN 'live' THEN 'o-live' WHEN 'licence' THEN 'o-licence' ELSE 'o-centre' END AS "offer",
             CASE k."plan" WHEN 'razem' THEN 'MONTHLY' WHEN 'live' THEN 'SESSIONS' WHEN 'licence' THEN 'PROFORMA' ELSE 'INSTALMENTS' END AS "planKind",
             k."plan" || '-plan' AS "planCode",
             CASE k."plan" WHEN 'licence' THEN 'TRANSFER' ELSE 'LINK' END AS "payMethod",
             CASE k."plan" WHEN 'razem' THEN 'END_OF_PAID_MONTH' WHEN 'live' THEN 'NO_REFUND' WHEN 'licence' THEN 'PRO_RATA' ELSE 'MONTH_NOTICE' END AS "termination",
             CASE k."plan" WHEN 'razem' THEN ARRAY[-3,-1,0,3,7,12] WHEN 'live' THEN ARRAY[-1] WHEN 'licence' THEN ARRAY[-3] ELSE ARRAY[-2,0] END AS "reminders",
             CASE k."plan" WHEN 'razem' THEN 1 END AS "suspend",
             CASE k."plan" WHEN 'centre' THEN 7 END AS "demand",
             CASE k."plan" WHEN 'centre' THEN 14 END AS "notice",
             CASE k."plan" WHEN 'razem' THEN 14 WHEN 'live' THEN 0 WHEN 'centre' THEN 21 END AS "terminate",
             CASE k."plan" WHEN 'licence' THEN 1 END AS "void") p
        CROSS JOIN LATERAL (SELECT
             CASE g."kind" WHEN 'void' THEN 'PENDING' WHEN 'remind-after' THEN 'SUSPENDED' WHEN 'terminate' THEN 'SUSPENDED'
                           WHEN 'done' THEN 'SUSPENDED' WHEN 'history' THEN (CASE WHEN g.i % 2 = 0 THEN 'ENDED' ELSE 'VOID' END)
                           ELSE 'ACTIVE' END AS "status",
             CASE g."kind" WHEN 'remind-after' THEN 6 WHEN 'terminate' THEN 13 ELSE 4 END AS "suspendedDaysAgo") s`,
      values: [now],
    });
    // The paid first charge of every contract that was ever active, and the charge in question.
    await pool.query(
      `INSERT INTO "ContractCharge" ("id", "contractId", "seq", "kind", "label", "amount", "currency",
             "dueDate", "status", "paidAt")
      SELECT c."id" || '-1', c."id", 1, 'PERIOD', 'Okres 1', 19900, 'PLN', $1::date - 45, 'PAID', now()
        FROM "Contract" c WHERE c."status" <> 'PENDING' AND c."id" LIKE 'bc%'`,
      [TODAY],
    );
    await pool.query(
      `INSERT INTO "ContractCharge" ("id", "contractId", "seq", "kind", "label", "amount", "currency",
             "dueDate", "status", "cancelledAt")
      SELECT c."id" || '-2', c."id", 2, 'PERIOD', 'Okres 2', 19900, 'PLN',
             $1::date + CASE g."kind" WHEN 'remind-before' THEN 3 WHEN 'remind-after' THEN -7 WHEN 'suspend' THEN -1
                          WHEN 'terminate' THEN -14 WHEN 'live-end' THEN 0 WHEN 'void' THEN -1 WHEN 'demand' THEN -7
                          WHEN 'done' THEN -5 WHEN 'history' THEN -50 ELSE 5 + g.i % 25 END,
             CASE g."kind" WHEN 'history' THEN 'CANCELLED' ELSE 'OPEN' END::"ChargeStatus",
             CASE g."kind" WHEN 'history' THEN now() END
        FROM "Contract" c CROSS JOIN LATERAL (SELECT substr(c."id", 3)::int AS i) n
        CROSS JOIN LATERAL (SELECT ${cases.replaceAll('i %', 'n.i %')} AS "kind", n.i) g`,
      [TODAY],
    );
    // Steps earlier runs took: the suspensions (and, for "done", today's latest reminder).
    await pool.query(
      `INSERT INTO "BillingStep" ("id", "contractId", "chargeId", "step", "runDay")
      SELECT gen_random_uuid()::text, c."id", c."id" || '-2', 'suspend', (c."suspendedAt" AT TIME ZONE 'Europe/Warsaw')::date
        FROM "Contract" c WHERE c."status" = 'SUSPENDED'
      UNION ALL
      SELECT gen_random_uuid()::text, c."id", c."id" || '-2', 'reminder:3', $1::date - 2
        FROM "Contract" c JOIN "ContractCharge" ch ON ch."id" = c."id" || '-2'
       WHERE c."status" = 'SUSPENDED' AND ch."dueDate" = $1::date - 5`,
      [TODAY],
    );
    // Last month's history: three reminders and their events on every paid first charge.
    await pool.query(`INSERT INTO "BillingStep" ("id", "contractId", "chargeId", "step", "runDay")
      SELECT gen_random_uuid()::text, ch."contractId", ch."id", 'reminder:' || k, ch."dueDate" + k
        FROM "ContractCharge" ch, unnest(ARRAY[-3, -1, 0]) k WHERE ch."seq" = 1`);
    await pool.query(`INSERT INTO "ContractEvent" ("id", "contractId", "kind", "chargeId", "detail")
      SELECT gen_random_uuid()::text, s."contractId", 'reminder-sent', s."chargeId", jsonb_build_object('step', s."step")
        FROM "BillingStep" s WHERE s."step" LIKE 'reminder:%'`);
    await pool.query('VACUUM ANALYZE');
    await pool.query('CHECKPOINT');
  }

  async function targets() {
    const expected = new Map<string, string>(MIX.flatMap((m) => (m.expect ? [[m.kind, m.expect]] : [])));
    const r = await pool.query<{ id: string; i: number }>(`SELECT "id", substr("id", 3)::int AS i FROM "Contract"`);
    const ids: string[] = [];
    const statuses: string[] = [];
    for (const row of r.rows) {
      let from = 0;
      const m = MIX.find((x) => row.i % 1000 < (from += x.share));
      if (m && expected.has(m.kind)) {
        ids.push(row.id);
        statuses.push(expected.get(m.kind)!);
      }
    }
    return { ids, statuses };
  }

  let floorMs = 0;
  let actedMs = 0;
  let realMs = 0;
  let actedRows = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    await makeData();
    const t = await targets();
    const acted = await bareContractUpdate(t);
    await pool.query('VACUUM ANALYZE "Contract"');
    const floor = await bareContractUpdate('all');
    await pool.query('VACUUM ANALYZE "Contract"');
    const t0 = performance.now();
    const summary = await runBillingDay(now);
    const real = performance.now() - t0;
    // The run did exactly what the floor did: every target in its state, each step once.
    const wrong = await pool.query({
      text: `SELECT count(*)::int AS n FROM unnest($1::text[], $2::text[]) t("id", "status")
               JOIN "Contract" c ON c."id" = t."id" WHERE c."status"::text <> t."status"`,
      values: [t.ids, t.statuses],
    });
    if (wrong.rows[0].n !== 0) throw new Error(`${wrong.rows[0].n} contracts not in the expected state`);
    // One e-mail per contract acted on (a reminder due on a harsher step's day is recorded quietly).
    if (summary.emails !== t.ids.length)
      throw new Error(`${summary.emails} e-mails for ${t.ids.length} contracts: ${JSON.stringify(summary)}`);
    console.log(
      `round ${round}: floor ${floor.toFixed(0)} ms, acted-only floor ${acted.toFixed(0)} ms, run ${real.toFixed(0)} ms`,
      JSON.stringify(summary.steps),
    );
    if (round > 0) {
      floorMs += floor;
      actedMs += acted;
      realMs += real;
      actedRows = t.ids.length;
    }
  }
  report({
    bench: 'billing-run',
    value: Math.round(realMs / ROUNDS),
    unit: 'ms per daily run',
    baseline: Math.round(floorMs / ROUNDS),
    ratio: +(floorMs / realMs).toFixed(3),
    target: 0.5,
    contracts: CONTRACTS,
    acted: actedRows,
    actedBaseline: Math.round(actedMs / ROUNDS),
    actedRatio: +(actedMs / realMs).toFixed(3),
    idlePerMille: IDLE,
  });
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await database.close();
}

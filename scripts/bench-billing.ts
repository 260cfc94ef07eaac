// `npm run bench:billing`: 10,000 active monthly subscriptions due at once, invoiced by the billing
// run (assembled by the rating engine, stored, numbered and finalized, each in its own transaction)
// with several workers side by side; prints invoices per second and the total time.
// Needs a scratch PostgreSQL database (it is emptied): BENCH_DATABASE_URL, else TEST_DATABASE_URL.
// A miss of the target is reported, not a failure; only a thrown error exits non-zero.
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!url) {
  console.error("Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a scratch PostgreSQL database: the benchmark empties it.");
  process.exit(2);
}
process.env.DATABASE_URL = url;

const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 10_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 4);
const TARGET_SECONDS = 60;
const START = new Date("2026-01-01T00:00:00Z");
const NOW = new Date("2026-01-01T12:00:00Z");

async function main() {
  const { closeDatabase, database, prisma } = await import("../lib/db/client");
  const { migrate } = await import("../lib/db/migrate");
  const { resetDb } = await import("../lib/testing/reset-db");
  const { createMonthlyPlan, createVat, subscribe, testCtx } = await import("../lib/testing/billing-fixtures");
  const { createTestCustomer } = await import("../lib/testing/factories");
  const { runBilling } = await import("../lib/services/billing/run-billing");

  await migrate(database());
  await resetDb();
  await createVat("20", "FR");
  const plan = await createMonthlyPlan();
  const template = await createTestCustomer({ billingAddress: { line1: "1 rue de la Paix", city: "Paris", country: "FR" } });
  const first = await subscribe({ customer_id: template.id, plan_id: plan.id, quantities: { seats: "3" }, start_date: START.toISOString() }, testCtx(NOW));

  // Clone the customer and its subscription (with items) in bulk: the setup is not what is measured.
  const clones = SUBSCRIPTIONS - 1;
  const db = prisma();
  await db.$executeRawUnsafe(`
    INSERT INTO "Customer" ("id", "name", "type", "locale", "billingAddress", "paymentTermsDays", "metadata", "status", "createdAt", "updatedAt")
    SELECT 'cus_bench_' || n, 'Bench customer ' || n, "type", "locale", "billingAddress", 30, '{}', 'ACTIVE', now(), now()
    FROM "Customer", generate_series(1, ${clones}) AS n WHERE "id" = '${template.id}'`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Subscription" ("id", "customerId", "planId", "planVersionId", "status", "currency", "billingAnchor", "alignment", "timeZone",
      "prorationMode", "startedAt", "nextPeriodIndex", "nextBillingAt", "metadata", "createdAt", "updatedAt")
    SELECT 'sub_bench_' || n, 'cus_bench_' || n, "planId", "planVersionId", "status", "currency", "billingAnchor", "alignment", "timeZone",
      "prorationMode", "startedAt", 0, "nextBillingAt", '{}', "createdAt", now()
    FROM "Subscription", generate_series(1, ${clones}) AS n WHERE "id" = '${first.id}'`);
  await db.$executeRawUnsafe(`
    INSERT INTO "SubscriptionItem" ("id", "subscriptionId", "chargeId", "key", "description", "kind", "timing", "quantity", "properties", "activeFrom", "createdAt")
    SELECT 'si_bench_' || n || '_' || i."key", 'sub_bench_' || n, i."chargeId", i."key", i."description", i."kind", i."timing", i."quantity", i."properties", i."activeFrom", now()
    FROM "SubscriptionItem" i, generate_series(1, ${clones}) AS n WHERE i."subscriptionId" = '${first.id}'`);
  await db.$executeRawUnsafe(`ANALYZE`);

  console.log(`billing ${SUBSCRIPTIONS.toLocaleString("en-US")} subscriptions with ${WORKERS} concurrent workers on PostgreSQL…`);
  const started = performance.now();
  const runs = await Promise.all(Array.from({ length: WORKERS }, () => runBilling(testCtx(NOW), { now: NOW })));
  const seconds = (performance.now() - started) / 1000;

  const invoices = runs.reduce((sum, run) => sum + run.invoices, 0);
  const failures = runs.flatMap((run) => run.failures);
  const stored = await db.invoice.count({ where: { status: "OPEN" } });
  const total = await db.invoice.aggregate({ _sum: { totalMinor: true } });
  console.log(`invoices generated: ${invoices.toLocaleString("en-US")} (stored and finalized: ${stored.toLocaleString("en-US")}; failures: ${failures.length})`);
  console.log(`total invoiced: ${(Number(total._sum.totalMinor ?? 0n) / 100).toLocaleString("en-US", { style: "currency", currency: "EUR" })}`);
  console.log(`total time: ${seconds.toFixed(1)} s — ${(invoices / seconds).toFixed(0)} invoices/s`);
  console.log(`target: all ${SUBSCRIPTIONS.toLocaleString("en-US")} in under ${TARGET_SECONDS} s — ${seconds < TARGET_SECONDS && invoices === SUBSCRIPTIONS ? "met" : "MISSED"}`);
  await closeDatabase();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

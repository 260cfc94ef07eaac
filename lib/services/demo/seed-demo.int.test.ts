import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "../../db/client";
import { AppError } from "../../errors";
import { createTestUser } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { getCustomerUsage } from "../usage/get-customer-usage";
import { seedDemo } from "./seed-demo";

beforeEach(resetDb);

describe("seedDemo", () => {
  it("is refused to viewers", async () => {
    const { ctx } = await createTestUser({ role: "viewer" });
    await expect(seedDemo(ctx, { customers: 1 })).rejects.toMatchObject({ code: "forbidden" });
    expect(await prisma().customer.count()).toBe(0);
  });

  it("loads a consistent demo catalogue and customers through the services, once", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const summary = await seedDemo(ctx, { customers: 25 });
    expect(summary).toEqual({ products: 2, plans: 6, coupons: 3, taxRates: 5, customers: 25, meters: 2, subscriptions: 12, usageEvents: expect.any(Number), usageLimits: 5 });

    const db = prisma();
    expect(await db.customer.count()).toBe(25);
    expect(await db.product.count()).toBe(2);
    expect(await db.plan.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } })).toEqual([
      { status: "DRAFT", _count: 1 },
      { status: "ACTIVE", _count: 5 },
    ]);
    // Every charge of every plan has a price in each plan currency.
    const versions = await db.planVersion.findMany({ include: { charges: { include: { prices: true } } } });
    for (const version of versions) {
      for (const charge of version.charges) expect(charge.prices.map((price) => price.currency).sort()).toEqual([...version.currencies].sort());
    }
    // The same list every run: names and references are deterministic.
    const first = await db.customer.findFirst({ orderBy: { accountNumber: "asc" }, select: { externalRef: true } });
    expect(first?.externalRef).toBe("CRM-10000");
    expect(await db.auditLog.count({ where: { action: "customer.create" } })).toBe(25);

    // Usage: 20 days of requests for a dozen subscribers, stored through the ingestion service; a
    // million tokens are included, so the 80 % warnings are reached and the 500 % stop is not.
    expect(summary.usageEvents).toBeGreaterThan(12 * 20 * 20);
    expect(await db.usageEvent.count()).toBe(summary.usageEvents);
    const alerts = await db.webhookEvent.findMany({ where: { type: "usage_limit.reached" } });
    expect(alerts.map((event) => (event.data as { object: { threshold: string; threshold_percent: string } }).object)).toEqual(
      Array.from({ length: 4 }, () => expect.objectContaining({ threshold: "800000", threshold_percent: "80" })),
    );
    const subscriber = (await db.subscription.findFirstOrThrow({ orderBy: { id: "asc" }, select: { customerId: true } })).customerId;
    const usage = await getCustomerUsage(ctx, subscriber);
    const tokens = usage.subscriptions[0]!.items.find((item) => item.meter_code === "ai-tokens")!;
    expect(Number(tokens.quantity)).toBeGreaterThan(1_000_000);
    expect(tokens.estimated_amount).toBeGreaterThan(0);
    expect(tokens.dimensions.map((dimension) => dimension.values.model).sort()).toEqual(["large", "small"]);

    await expect(seedDemo(ctx, { customers: 1 })).rejects.toMatchObject(new AppError("conflict", "The demo data is already loaded."));
    expect(await db.customer.count()).toBe(25);
  });

});

import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "../../db/client";
import { AppError } from "../../errors";
import { createTestUser } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
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
    expect(summary).toEqual({ products: 2, plans: 5, coupons: 3, taxRates: 5, customers: 25 });

    const db = prisma();
    expect(await db.customer.count()).toBe(25);
    expect(await db.product.count()).toBe(2);
    expect(await db.plan.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } })).toEqual([
      { status: "DRAFT", _count: 1 },
      { status: "ACTIVE", _count: 4 },
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

    await expect(seedDemo(ctx, { customers: 1 })).rejects.toMatchObject(new AppError("conflict", "The demo data is already loaded."));
    expect(await db.customer.count()).toBe(25);
  });

});

import { beforeEach, describe, expect, test } from "vitest";
import { GET as listRoute } from "@/app/api/v1/subscriptions/route";
import { parseCsv } from "../../csv/csv";
import { createSubscriptionSchema } from "../../schemas/subscription";
import { callRoute } from "../../testing/call-route";
import { createTestApiKey, createTestCustomer } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { systemCtx } from "../context";
import { exportListCsv } from "../exports/export-list-csv";
import { cancelSubscription } from "./cancel-subscription";
import { createSubscription } from "./create-subscription";
import { seedPlan } from "./test-plans";

let admin: { secret: string };
const ctx = () => systemCtx("test", new Date("2026-11-20T00:00:00Z"));

beforeEach(async () => {
  await resetDb();
  admin = await createTestApiKey(systemCtx("test"), { role: "admin" });
});

async function threeSubscriptions() {
  const { planId } = await seedPlan();
  const ada = await createTestCustomer({ name: "Ada Lovelace", email: "ada@example.com" });
  const bob = await createTestCustomer({ name: "Bob Dylan" });
  const subscribe = (customerId: string, start: string) =>
    createSubscription(ctx(), createSubscriptionSchema.parse({ customer_id: customerId, plan_id: planId, start_date: start }));
  const march = await subscribe(ada.id, "2026-03-10T00:00:00Z"); // next billing at its start: catch-up pending
  const december = await subscribe(bob.id, "2026-12-05T00:00:00Z");
  const ended = await subscribe(bob.id, "2026-06-01T00:00:00Z");
  await cancelSubscription(ctx(), ended.id, { at_period_end: false, prorate: false });
  return { march, december, ended };
}

const ids = async (query: string) => {
  const response = await callRoute(listRoute, `/api/v1/subscriptions?${query}`, { key: admin.secret });
  expect(response.status).toBe(200);
  return response.body.data.map((row: { id: string }) => row.id);
};

describe("listing subscriptions", () => {
  test("search by customer, renewal date range, and sort by start or next billing with keyset pages", async () => {
    const { march, december, ended } = await threeSubscriptions();
    expect(await ids("q=lovelace")).toEqual([march.id]);
    expect(await ids("q=ADA%40example")).toEqual([march.id]);
    expect(await ids(`q=${december.id}`)).toEqual([december.id]);
    expect(await ids("renews_from=2026-12-01&renews_before=2027-01-01")).toEqual([december.id]);
    expect(await ids("renews_before=2026-04-01")).toEqual([march.id]);

    expect(await ids("sort=started_at")).toEqual([march.id, ended.id, december.id]);
    expect(await ids("sort=-started_at")).toEqual([december.id, ended.id, march.id]);
    const firstPage = await callRoute(listRoute, "/api/v1/subscriptions?sort=next_billing_at&limit=1", { key: admin.secret });
    const seen = [...firstPage.body.data.map((row: { id: string }) => row.id)];
    let cursor = firstPage.body.next_cursor as string | null;
    while (cursor) {
      const next = await callRoute(listRoute, `/api/v1/subscriptions?sort=next_billing_at&limit=1&starting_after=${cursor}`, { key: admin.secret });
      seen.push(...next.body.data.map((row: { id: string }) => row.id));
      cursor = next.body.next_cursor;
    }
    const whole = (await callRoute(listRoute, "/api/v1/subscriptions?sort=next_billing_at", { key: admin.secret })).body.data as { id: string; next_billing_at: string | null }[];
    expect(seen).toEqual(whole.map((row) => row.id)); // pages of one walk the same order
    const dates = whole.map((row) => row.next_billing_at ?? "9999");
    expect(dates).toEqual([...dates].sort());
    expect(whole[0]!.id).toBe(march.id);

    const mismatched = await callRoute(listRoute, `/api/v1/subscriptions?sort=started_at&starting_after=${firstPage.body.next_cursor}`, { key: admin.secret });
    expect([mismatched.status, mismatched.body.error.param]).toEqual([400, "starting_after"]);
    const badDate = await callRoute(listRoute, "/api/v1/subscriptions?renews_from=soon", { key: admin.secret });
    expect([badDate.status, badDate.body.error.param]).toEqual([400, "renews_from"]);
  });

  test("the console's CSV export takes the list's filters", async () => {
    const { december } = await threeSubscriptions();
    const [header, ...rows] = parseCsv(await exportListCsv(ctx(), "subscriptions", { q: "dylan", status: "active" }));
    expect(header).toEqual(expect.arrayContaining(["id", "customer_id", "status", "next_billing_at"]));
    expect(rows.map((row) => row[header!.indexOf("id")])).toEqual([december.id]);
  });
});

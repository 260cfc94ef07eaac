import "server-only";
// The demo's usage: two meters on one AI request event, a pay-as-you-go plan pricing them (with
// included quantities), a dozen customers subscribed 20 days ago, their requests since then sent
// through the ingestion service, and usage limits at a percentage of the included tokens (some
// already reached, so the outbox has alerts). Deterministic but for the ids and the dates.
import { createMeterSchema } from "../../schemas/meter";
import { createPlanSchema } from "../../schemas/plan";
import { createSubscriptionSchema } from "../../schemas/subscription";
import { createUsageLimitSchema } from "../../schemas/usage-limit";
import type { Ctx } from "../context";
import { createMeter } from "../meters/create-meter";
import { createPlan } from "../plans/create-plan";
import { setPlanStatus } from "../plans/set-plan-status";
import { createSubscription } from "../subscriptions/create-subscription";
import { createUsageLimit } from "../usage-limits/create-usage-limit";
import { recordUsageEvents } from "../usage/record-usage-events";
import { seededRandom } from "./demo-customers";

export type DemoUsageSummary = { meters: number; subscriptions: number; usageEvents: number; usageLimits: number };

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 20;
const SUBSCRIBERS = 12;
const BATCH = 1000;
const EVENT_NAME = "ai.request";

/** Per currency: the price of a token past the included million (major units). */
const TOKEN_PRICES = { EUR: "0.00002", USD: "0.000022", GBP: "0.000018" } as const;
type DemoCurrency = keyof typeof TOKEN_PRICES;

export async function seedDemoUsage(ctx: Ctx, productId: string, customers: { id: string; currency: string }[]): Promise<DemoUsageSummary> {
  const meter = (code: string, name: string, fields: Record<string, unknown>) =>
    createMeter(ctx, createMeterSchema.parse({ code, name, event_name: EVENT_NAME, group_by: ["model"], ...fields }));
  const tokens = await meter("ai-tokens", "AI tokens", { aggregation: "sum", property: "tokens", description: "Tokens processed per request, by model." });
  const requests = await meter("ai-requests", "AI requests", { aggregation: "count" });

  const currencies = Object.keys(TOKEN_PRICES) as DemoCurrency[];
  const perCurrency = (price: (currency: DemoCurrency) => Record<string, unknown>) => Object.fromEntries(currencies.map((currency) => [currency, price(currency)]));
  const plan = await createPlan(
    ctx,
    createPlanSchema.parse({
      code: "ai-usage-monthly",
      name: "AI usage (pay as you go)",
      product_id: productId,
      billing_interval: "month",
      billing_timing: "in_arrears",
      currencies,
      charges: [
        {
          key: "tokens",
          name: "AI tokens",
          kind: "usage",
          model: "graduated",
          meter_id: tokens.id,
          prices: perCurrency((currency) => ({ tiers: [{ up_to: "1000000", unit_price: "0" }, { up_to: null, unit_price: TOKEN_PRICES[currency] }] })),
        },
        { key: "requests", name: "AI requests", kind: "usage", model: "package", meter_id: requests.id, prices: perCurrency(() => ({ package_size: "1000", package_price: "0.5", free_units: "1000" })) },
      ],
    }),
  );
  await setPlanStatus(ctx, plan.id, "activate");

  const start = new Date(Math.floor(ctx.now.getTime() / DAY_MS) * DAY_MS - HISTORY_DAYS * DAY_MS);
  const subscribers = customers.filter((customer) => (currencies as string[]).includes(customer.currency)).slice(0, SUBSCRIBERS);
  for (const customer of subscribers) {
    await createSubscription(ctx, createSubscriptionSchema.parse({ customer_id: customer.id, plan_id: plan.id, start_date: start.toISOString() }));
  }

  const events = demoRequests(subscribers.map((customer) => customer.id), start, ctx.now);
  for (let offset = 0; offset < events.length; offset += BATCH) await recordUsageEvents(ctx, events.slice(offset, offset + BATCH));

  // The first four watch 80 % of their million included tokens; the first also has a hard stop at 500 %.
  const limits = [
    ...subscribers.slice(0, 4).map((customer) => ({ customer_id: customer.id, threshold_percent: "80", action: "warning", name: "80% of included tokens" })),
    ...subscribers.slice(0, 1).map((customer) => ({ customer_id: customer.id, threshold_percent: "500", action: "disable", name: "Hard stop at 5× included tokens" })),
  ];
  for (const limit of limits) await createUsageLimit(ctx, createUsageLimitSchema.parse({ ...limit, meter_id: tokens.id }));

  return { meters: 2, subscriptions: subscribers.length, usageEvents: events.length, usageLimits: limits.length };
}

/** 20 to 60 requests a day per customer from `start` until `now`, each of 200 to 5,000 tokens, 30 % on the large model. */
function demoRequests(customerIds: string[], start: Date, now: Date) {
  const random = seededRandom(4242);
  const events: { transaction_id: string; customer_id: string; event_name: string; timestamp: string; properties: { tokens: number; model: string } }[] = [];
  customerIds.forEach((customerId, index) => {
    for (let day = 0; start.getTime() + day * DAY_MS < now.getTime(); day++) {
      const dayStart = start.getTime() + day * DAY_MS;
      const span = Math.min(DAY_MS, now.getTime() - dayStart);
      const count = Math.round((20 + random() * 40) * (span / DAY_MS));
      for (let i = 0; i < count; i++) {
        events.push({
          transaction_id: `demo-${index}-${day}-${i}`,
          customer_id: customerId,
          event_name: EVENT_NAME,
          timestamp: new Date(dayStart + Math.floor(random() * span)).toISOString(),
          properties: { tokens: 200 + Math.floor(random() * 4800), model: random() < 0.3 ? "large" : "small" },
        });
      }
    }
  });
  return events;
}

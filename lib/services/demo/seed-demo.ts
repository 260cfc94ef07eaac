import "server-only";
// A realistic demo catalogue and a few hundred customers, created through the same services
// (and schemas) as the console and the API, so the demo shows exactly what users can build.
import { prisma } from "../../db/client";
import { AppError } from "../../errors";
import { createCouponSchema } from "../../schemas/coupon";
import { createCustomerContactSchema, createCustomerSchema } from "../../schemas/customer";
import { createCustomerGroupSchema } from "../../schemas/customer-group";
import { createExchangeRateSchema } from "../../schemas/exchange-rate";
import { createFeatureSchema } from "../../schemas/feature";
import { createPlanSchema } from "../../schemas/plan";
import { createProductSchema } from "../../schemas/product";
import { createProductFamilySchema } from "../../schemas/product-family";
import { createTaxRateSchema } from "../../schemas/tax-rate";
import { createUnitSchema } from "../../schemas/unit";
import { createExchangeRate } from "../catalog/create-exchange-rate";
import { createFeature } from "../catalog/create-feature";
import { createProduct } from "../catalog/create-product";
import { createProductFamily } from "../catalog/create-product-family";
import { createUnit } from "../catalog/create-unit";
import { assertCanWrite, type Ctx } from "../context";
import { createCoupon } from "../coupons/create-coupon";
import { createCustomerGroup } from "../customer-groups/create-customer-group";
import { addCustomerContact } from "../customers/add-customer-contact";
import { createCustomer } from "../customers/create-customer";
import { setCustomerStatus } from "../customers/set-customer-status";
import { createPlan } from "../plans/create-plan";
import { setPlanStatus } from "../plans/set-plan-status";
import { createTaxRate } from "../tax-rates/create-tax-rate";
import { DEMO_COUNTRIES, DEMO_FAMILY_CODE, demoCustomers } from "./demo-customers";
import { seedDemoUsage, type DemoUsageSummary } from "./demo-usage";

export type DemoSummary = { products: number; plans: number; coupons: number; taxRates: number; customers: number } & DemoUsageSummary;

const DEFAULT_CUSTOMERS = 300;

export async function seedDemo(ctx: Ctx, { customers = DEFAULT_CUSTOMERS }: { customers?: number } = {}): Promise<DemoSummary> {
  assertCanWrite(ctx);
  if (await prisma().productFamily.findUnique({ where: { code: DEMO_FAMILY_CODE }, select: { id: true } })) {
    throw new AppError("conflict", "The demo data is already loaded.");
  }

  const family = await createProductFamily(ctx, createProductFamilySchema.parse({ code: DEMO_FAMILY_CODE, name: "Billow Cloud", description: "Hosted API platform plans." }));
  const platform = await createProduct(ctx, createProductSchema.parse({ code: "api-platform", name: "API Platform", family_id: family.id, metadata: { line: "core" } }));
  const support = await createProduct(ctx, createProductSchema.parse({ code: "premium-support", name: "Premium Support", family_id: family.id }));
  const seat = await createUnit(ctx, createUnitSchema.parse({ code: "seat", name: "seat", plural: "seats" }));
  const sso = await createFeature(ctx, createFeatureSchema.parse({ code: "sso", name: "Single sign-on", type: "boolean" }));
  const projects = await createFeature(ctx, createFeatureSchema.parse({ code: "projects", name: "Projects", type: "limit" }));

  const plans = [
    {
      code: "starter-monthly",
      name: "Starter",
      product_id: platform.id,
      billing_interval: "month",
      trial_days: 14,
      currencies: ["EUR", "USD"],
      checkout_enabled: true,
      charges: [{ key: "base", name: "Starter plan", kind: "recurring", model: "flat", prices: { EUR: { amount: "29" }, USD: { amount: "32" } } }],
      features: [{ feature_id: projects.id, limit: "3" }],
    },
    {
      code: "team-monthly",
      name: "Team",
      product_id: platform.id,
      billing_interval: "month",
      currencies: ["EUR", "USD"],
      checkout_enabled: true,
      charges: [
        { key: "seats", name: "Seats", kind: "recurring", model: "per_seat", unit_id: seat.id, default_quantity: "5", prices: { EUR: { unit_price: "12" }, USD: { unit_price: "13" } } },
        { key: "setup", name: "Onboarding", kind: "one_time", model: "flat", prices: { EUR: { amount: "99" }, USD: { amount: "109" } } },
      ],
      features: [{ feature_id: projects.id, limit: "25" }, { feature_id: sso.id }],
    },
    {
      code: "business-yearly",
      name: "Business (yearly)",
      product_id: platform.id,
      billing_interval: "year",
      currencies: ["EUR", "USD", "GBP"],
      charges: [
        {
          key: "seats",
          name: "Seats",
          kind: "recurring",
          model: "volume",
          unit_id: seat.id,
          default_quantity: "20",
          prices: Object.fromEntries(
            (["EUR", "USD", "GBP"] as const).map((currency, index) => [
              currency,
              { tiers: [{ up_to: "50", unit_price: ["110", "120", "95"][index] }, { up_to: "200", unit_price: ["95", "105", "82"][index] }, { up_to: null, unit_price: ["80", "88", "69"][index] }] },
            ]),
          ),
        },
      ],
      features: [{ feature_id: projects.id }, { feature_id: sso.id }],
    },
    {
      code: "support-addon",
      name: "Premium support",
      product_id: support.id,
      billing_interval: "month",
      currencies: ["EUR", "USD"],
      charges: [{ key: "support", name: "Premium support", kind: "recurring", model: "flat", add_on: true, prices: { EUR: { amount: "199" }, USD: { amount: "219" } } }],
    },
  ];
  const planIds: string[] = [];
  for (const plan of plans) {
    const created = await createPlan(ctx, createPlanSchema.parse(plan));
    await setPlanStatus(ctx, created.id, "activate");
    planIds.push(created.id);
  }
  await createPlan(
    ctx,
    createPlanSchema.parse({
      code: "enterprise-draft",
      name: "Enterprise (draft)",
      product_id: platform.id,
      billing_interval: "quarter",
      currencies: ["EUR"],
      charges: [{ key: "platform", name: "Platform fee", kind: "recurring", model: "flat", prices: { EUR: { amount: "4500" } } }],
    }),
  );

  const coupons = [
    { code: "WELCOME10", name: "Welcome 10%", percent_off: "10", duration: "once" },
    { code: "LAUNCH3", name: "Launch: 3 months at 20 off", amounts_off: { EUR: 2000, USD: 2200 }, duration: "repeating", duration_periods: 3, max_redemptions: 500 },
    { code: "LOYAL5", name: "Loyalty 5% forever", percent_off: "5", duration: "forever", plan_ids: planIds.slice(1, 3) },
  ];
  for (const coupon of coupons) await createCoupon(ctx, createCouponSchema.parse(coupon));

  const taxRates = [
    { code: "vat-fr", name: "TVA 20%", percentage: "20", country: "FR", applies_by_default: true },
    { code: "vat-de", name: "MwSt 19%", percentage: "19", country: "DE", applies_by_default: true },
    { code: "vat-nl", name: "BTW 21%", percentage: "21", country: "NL", applies_by_default: true },
    { code: "vat-gb", name: "VAT 20%", percentage: "20", country: "GB", applies_by_default: true },
    { code: "sales-tax-ny", name: "NY sales tax", percentage: "8.875", country: "US", region: "NY", applies_by_default: true },
  ];
  for (const rate of taxRates) await createTaxRate(ctx, createTaxRateSchema.parse(rate));

  for (const [quote, rate] of [["USD", "1.08"], ["GBP", "0.85"]] as const) {
    await createExchangeRate(ctx, createExchangeRateSchema.parse({ base_currency: "EUR", quote_currency: quote, rate, effective_from: "2026-01-01T00:00:00Z" }));
  }

  const resellers = await createCustomerGroup(ctx, createCustomerGroupSchema.parse({ code: "resellers", name: "Resellers", payment_terms_days: 30 }));
  const enterprise = await createCustomerGroup(ctx, createCustomerGroupSchema.parse({ code: "enterprise", name: "Enterprise accounts", payment_terms_days: 45 }));
  const groupIds = [resellers.id, enterprise.id];

  const active: { id: string; currency: string }[] = [];
  for (const demo of demoCustomers(customers, DEMO_COUNTRIES)) {
    const customer = await createCustomer(ctx, createCustomerSchema.parse({ ...demo.customer, ...(demo.groupIndex !== null ? { group_id: groupIds[demo.groupIndex] } : {}) }));
    for (const contact of demo.contacts) await addCustomerContact(ctx, customer.id, createCustomerContactSchema.parse(contact));
    if (demo.disabled) await setCustomerStatus(ctx, customer.id, "disable", "Demo: paused account");
    else active.push({ id: customer.id, currency: demo.customer.preferred_currency ?? "EUR" });
  }
  const usage = await seedDemoUsage(ctx, platform.id, active);

  return { products: 2, plans: plans.length + 2, coupons: coupons.length, taxRates: taxRates.length, customers, ...usage };
}

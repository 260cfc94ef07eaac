// The plan form's editable state (strings, as typed) and its mapping to the API's request shape.
// No rules here: the server validates with the shared zod schema and the rating engine, and the
// form shows the errors by their params (`charges[0].prices.EUR.tiers[1].up_to`).
import type { ChargeModelName } from "@/lib/schemas/charge-model";
import type { PlanDto } from "@/lib/schemas/plan";

export const PRICE_FIELDS = {
  flat: ["amount"],
  per_unit: ["unit_price"],
  per_seat: ["unit_price"],
  graduated: [],
  volume: [],
  package: ["package_size", "package_price", "free_units"],
  percentage: ["rate", "fixed_fee_per_transaction", "free_transactions", "min_per_transaction", "max_per_transaction"],
} as const satisfies Record<ChargeModelName, readonly string[]>;

/** Period bounds, offered for every model. */
export const SPEND_FIELDS = ["minimum_spend", "maximum_spend"] as const;

export const OPTIONAL_PRICE_FIELDS = new Set<string>([
  "free_units",
  "fixed_fee_per_transaction",
  "free_transactions",
  "min_per_transaction",
  "max_per_transaction",
  ...SPEND_FIELDS,
]);
export const isTiered = (model: ChargeModelName) => model === "graduated" || model === "volume";

export type TierDraft = { up_to: string; unit_price: string; flat_fee: string };
export type PriceDraft = { fields: Record<string, string>; tiers: TierDraft[] };
export type ChargeDraft = {
  uid: number;
  key: string;
  name: string;
  kind: "recurring" | "usage" | "one_time";
  model: ChargeModelName;
  add_on: boolean;
  trigger: string;
  meter_id: string;
  default_quantity: string;
  prices: Record<string, PriceDraft>;
};
export type FeatureGrantDraft = { uid: number; feature_id: string; limit: string };
export type PlanDraft = {
  code: string;
  name: string;
  description: string;
  product_id: string;
  checkout_enabled: boolean;
  billing_interval: string;
  interval_count: string;
  billing_timing: string;
  trial_days: string;
  currencies: string;
  charges: ChargeDraft[];
  features: FeatureGrantDraft[];
};

let nextUid = 1;
export const newTier = (): TierDraft => ({ up_to: "", unit_price: "", flat_fee: "" });
export const emptyPrice = (): PriceDraft => ({ fields: {}, tiers: [newTier(), newTier()] });
export const newCharge = (): ChargeDraft => ({
  uid: nextUid++,
  key: "",
  name: "",
  kind: "recurring",
  model: "flat",
  add_on: false,
  trigger: "",
  meter_id: "",
  default_quantity: "",
  prices: {},
});

export const emptyPlanDraft = (): PlanDraft => ({
  code: "",
  name: "",
  description: "",
  product_id: "",
  checkout_enabled: false,
  billing_interval: "month",
  interval_count: "1",
  billing_timing: "in_advance",
  trial_days: "0",
  currencies: "EUR",
  charges: [newCharge()],
  features: [],
});

export const newFeatureGrant = (): FeatureGrantDraft => ({ uid: nextUid++, feature_id: "", limit: "" });

/** "eur, usd" → ["EUR", "USD"]. */
export const currencyList = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);

const present = (value: string) => value.trim() !== "";
const number = (value: string) => (present(value) && /^-?\d+$/.test(value.trim()) ? Number(value) : value);

/** A price as the API takes it (a plan charge's `prices[currency]`, an override's `price`). */
export function priceInput(model: ChargeModelName, draft: PriceDraft | undefined): Record<string, unknown> {
  const price = draft ?? emptyPrice();
  const out: Record<string, unknown> = {};
  for (const field of [...PRICE_FIELDS[model], ...SPEND_FIELDS]) {
    const value = price.fields[field] ?? "";
    if (present(value) || !OPTIONAL_PRICE_FIELDS.has(field)) out[field] = field === "free_transactions" ? number(value) : value.trim();
  }
  if (isTiered(model)) {
    out.tiers = price.tiers.map((tier) => ({
      up_to: present(tier.up_to) ? tier.up_to.trim() : null,
      unit_price: tier.unit_price.trim(),
      ...(present(tier.flat_fee) ? { flat_fee: tier.flat_fee.trim() } : {}),
    }));
  }
  return out;
}

function chargeInput(charge: ChargeDraft, currencies: string[]) {
  return {
    key: charge.key.trim(),
    name: charge.name,
    kind: charge.kind,
    model: charge.model,
    add_on: charge.add_on,
    ...(charge.kind === "one_time" && charge.trigger ? { trigger: charge.trigger } : {}),
    ...(charge.kind === "usage" ? { meter_id: charge.meter_id.trim() } : {}),
    ...(present(charge.default_quantity) ? { default_quantity: charge.default_quantity.trim() } : {}),
    prices: Object.fromEntries(currencies.map((currency) => [currency, priceInput(charge.model, charge.prices[currency])])),
  };
}

/** The versioned part of the request (terms and charges). */
export function termsInput(draft: PlanDraft) {
  const currencies = currencyList(draft.currencies);
  return {
    billing_interval: draft.billing_interval,
    interval_count: number(draft.interval_count),
    billing_timing: draft.billing_timing,
    trial_days: number(draft.trial_days),
    currencies,
    charges: draft.charges.map((charge) => chargeInput(charge, currencies)),
    features: draft.features.map((grant) => ({ feature_id: grant.feature_id, ...(present(grant.limit) ? { limit: grant.limit.trim() } : {}) })),
  };
}

export function createInput(draft: PlanDraft) {
  return {
    code: draft.code.trim(),
    name: draft.name,
    ...(present(draft.description) ? { description: draft.description } : {}),
    ...(draft.product_id ? { product_id: draft.product_id } : {}),
    checkout_enabled: draft.checkout_enabled,
    ...termsInput(draft),
  };
}

export function updateInput(draft: PlanDraft) {
  return {
    name: draft.name,
    description: present(draft.description) ? draft.description : null,
    product_id: draft.product_id || null,
    checkout_enabled: draft.checkout_enabled,
    ...termsInput(draft),
  };
}

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));

/** A stored price (a model's properties) as an editable draft. */
export function priceDraftFrom(properties: Record<string, unknown>): PriceDraft {
  const { tiers, ...fields } = properties as { tiers?: { up_to: string | null; unit_price: string; flat_fee?: string }[] } & Record<string, unknown>;
  return {
    fields: Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, text(value)])),
    tiers: tiers ? tiers.map((tier) => ({ up_to: text(tier.up_to), unit_price: tier.unit_price, flat_fee: text(tier.flat_fee) })) : [newTier(), newTier()],
  };
}

/** A stored plan as an editable draft. */
export function draftFromPlan(plan: PlanDto): PlanDraft {
  const version = plan.current_version;
  return {
    code: plan.code,
    name: plan.name,
    description: plan.description ?? "",
    product_id: plan.product_id ?? "",
    checkout_enabled: plan.checkout_enabled,
    billing_interval: version.billing_interval,
    interval_count: String(version.interval_count),
    billing_timing: version.billing_timing,
    trial_days: String(version.trial_days),
    currencies: version.currencies.join(", "),
    features: version.features.map((grant) => ({ ...newFeatureGrant(), feature_id: grant.feature_id, limit: grant.limit ?? "" })),
    charges: version.charges.map((charge) => ({
      ...newCharge(),
      key: charge.key,
      name: charge.name,
      kind: charge.kind,
      model: charge.model,
      add_on: charge.add_on,
      trigger: charge.trigger ?? "",
      meter_id: charge.meter_id ?? "",
      default_quantity: charge.default_quantity,
      prices: Object.fromEntries(Object.entries(charge.prices).map(([currency, properties]) => [currency, priceDraftFrom(properties)])),
    })),
  };
}

/** Every param a price's errors can name under `prefix` (so a form knows it shows them beside its fields). */
export function priceParams(prefix: string, model: ChargeModelName, price: PriceDraft): string[] {
  const tierParams = isTiered(model) ? ["tiers", ...price.tiers.flatMap((_, index) => ["up_to", "unit_price", "flat_fee"].map((field) => `tiers[${index}].${field}`))] : [];
  return [prefix, ...[...PRICE_FIELDS[model], ...SPEND_FIELDS, ...tierParams].map((param) => `${prefix}.${param}`)];
}

// Turns the versioned part of a plan request (terms, charges, features) into rows, checking every
// business rule at once: one 422 lists each violation with its request param.
import type { ChargeData, FeatureGrantData, PlanTermsData } from "../../db/plans";
import { findMetersByIds } from "../../db/meters";
import { findFeaturesByIds, findUnitsByIds } from "../../db/plans";
import type { Db } from "../../db/types";
import type { ErrorDetail } from "../../errors";
import { formatParam } from "../../errors";
import type { ChargeInput, CreatePlanInput, PlanFeatureInput } from "../../schemas/plan";
import { parseModelProperties, throwIfIssues } from "../pricing/charge-properties";
import { upper } from "./dto";

export type VersionTerms = Pick<CreatePlanInput, "billing_interval" | "interval_count" | "billing_timing" | "trial_days" | "currencies" | "charges" | "features">;
export type VersionContents = { terms: PlanTermsData; charges: ChargeData[]; features: FeatureGrantData[] };

const isNegative = (decimal: string) => decimal.startsWith("-") && /[1-9]/.test(decimal);

function checkChargeShape(charge: ChargeInput, index: number, seenKeys: Map<string, number>, issues: ErrorDetail[]): void {
  const at = (field: string) => formatParam(["charges", index, field]);
  const previous = seenKeys.get(charge.key);
  if (previous !== undefined) issues.push({ param: at("key"), message: `key '${charge.key}' is already used by charges[${previous}]; keys are unique within a plan.` });
  else seenKeys.set(charge.key, index);
  if (charge.trigger !== undefined && charge.kind !== "one_time") issues.push({ param: at("trigger"), message: "trigger applies to one_time charges only." });
  if (charge.kind === "usage" && charge.meter_id === undefined) issues.push({ param: at("meter_id"), message: "A usage charge needs the meter_id it prices." });
  if (charge.kind !== "usage" && charge.meter_id !== undefined) issues.push({ param: at("meter_id"), message: "meter_id applies to usage charges only." });
  if (charge.default_quantity !== undefined && isNegative(charge.default_quantity)) {
    issues.push({ param: at("default_quantity"), message: "default_quantity must not be negative." });
  }
}

function chargePrices(charge: ChargeInput, index: number, currencies: string[], issues: ErrorDetail[]): ChargeData["prices"] {
  const prices: ChargeData["prices"] = [];
  for (const currency of currencies) {
    const prefix = ["charges", index, "prices", currency];
    const raw = charge.prices[currency];
    if (raw === undefined) {
      issues.push({ param: formatParam(prefix), message: `Missing the price in ${currency}: every charge has a price in each plan currency.` });
      continue;
    }
    const parsed = parseModelProperties(charge.model, currency, raw, prefix);
    issues.push(...parsed.issues);
    prices.push({ currency, properties: parsed.stored });
  }
  for (const currency of Object.keys(charge.prices)) {
    if (!currencies.includes(currency)) {
      issues.push({ param: formatParam(["charges", index, "prices", currency]), message: `${currency} is not one of the plan's currencies (${currencies.join(", ")}).` });
    }
  }
  return prices;
}

async function checkUnits(db: Db, charges: ChargeInput[], issues: ErrorDetail[]): Promise<void> {
  const ids = [...new Set(charges.flatMap((charge) => (charge.unit_id ? [charge.unit_id] : [])))];
  if (ids.length === 0) return;
  const found = new Map((await findUnitsByIds(db, ids)).map((unit) => [unit.id, unit]));
  charges.forEach((charge, index) => {
    if (!charge.unit_id) return;
    const unit = found.get(charge.unit_id);
    if (!unit) issues.push({ param: formatParam(["charges", index, "unit_id"]), message: `No unit with id '${charge.unit_id}'.` });
    else if (unit.archivedAt) issues.push({ param: formatParam(["charges", index, "unit_id"]), message: `Unit '${charge.unit_id}' is archived.` });
  });
}

/** A usage charge prices an existing meter (an archived one still bills, but takes no new charges). */
async function checkMeters(db: Db, charges: ChargeInput[], issues: ErrorDetail[]): Promise<void> {
  const ids = [...new Set(charges.flatMap((charge) => (charge.kind === "usage" && charge.meter_id ? [charge.meter_id] : [])))];
  if (ids.length === 0) return;
  const found = new Map((await findMetersByIds(db, ids)).map((meter) => [meter.id, meter]));
  charges.forEach((charge, index) => {
    if (charge.kind !== "usage" || !charge.meter_id) return;
    const meter = found.get(charge.meter_id);
    if (!meter) issues.push({ param: formatParam(["charges", index, "meter_id"]), message: `No meter with id '${charge.meter_id}'.` });
    else if (meter.archivedAt) issues.push({ param: formatParam(["charges", index, "meter_id"]), message: `Meter '${charge.meter_id}' is archived.` });
  });
}

async function featureGrants(db: Db, features: PlanFeatureInput[], issues: ErrorDetail[]): Promise<FeatureGrantData[]> {
  const found = new Map((await findFeaturesByIds(db, [...new Set(features.map((grant) => grant.feature_id))])).map((feature) => [feature.id, feature]));
  const seen = new Set<string>();
  const grants: FeatureGrantData[] = [];
  features.forEach((grant, index) => {
    const at = (field: string) => formatParam(["features", index, field]);
    const feature = found.get(grant.feature_id);
    if (!feature) return void issues.push({ param: at("feature_id"), message: `No feature with id '${grant.feature_id}'.` });
    if (feature.archivedAt) return void issues.push({ param: at("feature_id"), message: `Feature '${grant.feature_id}' is archived.` });
    if (seen.has(grant.feature_id)) return void issues.push({ param: at("feature_id"), message: `Feature '${grant.feature_id}' is granted twice.` });
    seen.add(grant.feature_id);
    const limit = grant.limit ?? null;
    if (limit !== null && feature.type !== "LIMIT") return void issues.push({ param: at("limit"), message: "limit applies to LIMIT features only." });
    if (limit !== null && isNegative(limit)) return void issues.push({ param: at("limit"), message: "limit must not be negative." });
    grants.push({ featureId: grant.feature_id, limit });
  });
  return grants;
}

/** Validates the versioned fields and maps them to rows; throws 400 (shape) or 422 (rules). */
export async function buildVersionContents(db: Db, input: VersionTerms): Promise<VersionContents> {
  const issues: ErrorDetail[] = [];
  const seenKeys = new Map<string, number>();
  const charges = input.charges.map((charge, index): ChargeData => {
    checkChargeShape(charge, index, seenKeys, issues);
    return {
      key: charge.key,
      name: charge.name,
      kind: upper(charge.kind),
      model: upper(charge.model),
      addOn: charge.add_on,
      trigger: charge.kind === "one_time" ? upper(charge.trigger ?? "subscription_start") : null,
      meterId: charge.kind === "usage" ? (charge.meter_id ?? null) : null,
      unitId: charge.unit_id ?? null,
      defaultQuantity: charge.default_quantity ?? "1",
      position: index,
      prices: chargePrices(charge, index, input.currencies, issues),
    };
  });
  await checkUnits(db, input.charges, issues);
  await checkMeters(db, input.charges, issues);
  const features = await featureGrants(db, input.features, issues);
  throwIfIssues(issues);
  return {
    terms: {
      billingInterval: upper(input.billing_interval),
      intervalCount: input.interval_count,
      billingTiming: upper(input.billing_timing),
      trialDays: input.trial_days,
      currencies: input.currencies,
    },
    charges,
    features,
  };
}

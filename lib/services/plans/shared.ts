// Helpers shared by the plan use cases (not use cases themselves).
import { isUniqueViolation } from "../../db/errors";
import {
  copyOverrides,
  deleteCharges,
  findPlanById,
  findProductForPlan,
  insertCharge,
  insertPlanVersion,
  lockPlan,
  pruneOverrides,
  replaceCharge,
  replaceFeatureGrants,
  setCurrentVersion,
  updatePlanVersionTerms,
  type PlanRow,
  type PlanVersionRow,
} from "../../db/plans";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../errors";
import { createId } from "../../ids";
import type { ChargeInput, PlanDto } from "../../schemas/plan";
import type { VersionContents, VersionTerms } from "./version-contents";
import { decimalText, lower, toPlanChargeDto, toPlanDto } from "./dto";

/** Runs a write that sets a plan code; a unique violation becomes a 409 naming `code`. */
export async function withUniqueCode<T>(code: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", `A plan with code '${code}' already exists.`, { param: "code", cause: error });
    throw error;
  }
}

/** A plan may only belong to an existing, unarchived product. */
export async function assertUsableProduct(db: Db, productId: string): Promise<void> {
  const product = await findProductForPlan(db, productId);
  if (!product) throw new AppError("unprocessable", `No product with id '${productId}'.`, { param: "product_id" });
  if (product.archivedAt) throw new AppError("unprocessable", `Product '${productId}' is archived; choose an active product.`, { param: "product_id" });
}

/** Loads and locks a plan for a change; archived plans are read-only. */
export async function lockWritablePlan(db: Db, planId: string): Promise<PlanRow & { currentVersion: PlanVersionRow }> {
  const plan = await lockPlan(db, planId);
  if (!plan?.currentVersion) throw notFound("plan", planId);
  if (plan.status === "ARCHIVED") throw new AppError("invalid_state", "This plan is archived; archived plans are read-only.");
  return plan as PlanRow & { currentVersion: PlanVersionRow };
}

export async function planDto(db: Db, planId: string): Promise<PlanDto> {
  const plan = await findPlanById(db, planId);
  if (!plan) throw notFound("plan", planId);
  return toPlanDto(plan);
}

/** A stored version as the request that would create it (to merge a partial PATCH, or copy it). */
export function versionTerms(version: PlanVersionRow): VersionTerms {
  return {
    billing_interval: lower(version.billingInterval),
    interval_count: version.intervalCount,
    billing_timing: lower(version.billingTiming),
    trial_days: version.trialDays,
    currencies: version.currencies,
    charges: version.charges.map((row): ChargeInput => {
      const charge = toPlanChargeDto(row);
      return {
        key: charge.key,
        name: charge.name,
        kind: charge.kind,
        model: charge.model,
        add_on: charge.add_on,
        ...(charge.trigger ? { trigger: charge.trigger } : {}),
        ...(charge.meter_id ? { meter_id: charge.meter_id } : {}),
        ...(charge.unit_id ? { unit_id: charge.unit_id } : {}),
        default_quantity: charge.default_quantity,
        prices: charge.prices,
      };
    }),
    features: version.features.map((grant) => ({ feature_id: grant.featureId, limit: grant.limit === null ? null : decimalText(grant.limit) })),
  };
}

/** Inserts version `number` of a plan with its charges and features, and makes it current. */
export async function insertVersion(db: Db, planId: string, number: number, contents: VersionContents, now: Date): Promise<Map<string, string>> {
  const { id: versionId } = await insertPlanVersion(db, { ...contents.terms, id: createId("planVersion"), planId, version: number, createdAt: now });
  const chargeIds = new Map<string, string>();
  for (const charge of contents.charges) chargeIds.set(charge.key, (await insertCharge(db, versionId, createId("planCharge"), charge, now)).id);
  await replaceFeatureGrants(db, versionId, contents.features);
  await setCurrentVersion(db, planId, versionId, now);
  return chargeIds;
}

/**
 * Version n+1 of a plan whose current version is frozen. Customer and group overrides follow a
 * charge to its copy when the key and model are unchanged (in the currencies still sold).
 */
export async function insertNextVersion(db: Db, plan: PlanRow & { currentVersion: PlanVersionRow }, contents: VersionContents, now: Date): Promise<void> {
  const newIds = await insertVersion(db, plan.id, plan.currentVersion.version + 1, contents, now);
  for (const old of plan.currentVersion.charges) {
    const next = contents.charges.find((charge) => charge.key === old.key);
    const newId = newIds.get(old.key);
    if (next && newId && next.model === old.model) await copyOverrides(db, old.id, newId, contents.terms.currencies, () => createId("priceOverride"), now);
  }
}

/** Rewrites an unfrozen version in place; kept charges keep their ids (and overrides that still fit). */
export async function rewriteVersion(db: Db, version: PlanVersionRow, contents: VersionContents, now: Date): Promise<void> {
  await updatePlanVersionTerms(db, version.id, contents.terms);
  const existing = new Map(version.charges.map((charge) => [charge.key, charge]));
  await deleteCharges(
    db,
    version.charges.filter((charge) => !contents.charges.some((next) => next.key === charge.key)).map((charge) => charge.id),
  );
  for (const charge of contents.charges) {
    const old = existing.get(charge.key);
    if (!old) {
      await insertCharge(db, version.id, createId("planCharge"), charge, now);
      continue;
    }
    await replaceCharge(db, old.id, charge);
    await pruneOverrides(db, old.id, old.model === charge.model ? contents.terms.currencies : []);
  }
  await replaceFeatureGrants(db, version.id, contents.features);
}

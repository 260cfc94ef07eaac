// Helpers shared by the tax rate use cases (not use cases themselves).
import { isUniqueViolation } from "../../db/errors";
import { findTaxRateById, lockTaxRate, type TaxRateRow } from "../../db/tax-rates";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../errors";

export async function getTaxRateOrThrow(db: Db, taxRateId: string): Promise<TaxRateRow> {
  const rate = await findTaxRateById(db, taxRateId);
  if (!rate) throw notFound("tax rate", taxRateId);
  return rate;
}

/** Loads and locks a tax rate for a change; archived rates are read-only. */
export async function lockWritableTaxRate(db: Db, taxRateId: string): Promise<TaxRateRow> {
  const rate = await lockTaxRate(db, taxRateId);
  if (!rate) throw notFound("tax rate", taxRateId);
  if (rate.archivedAt) throw new AppError("invalid_state", "This tax rate is archived; archived tax rates are read-only.");
  return rate;
}

export async function withUniqueTaxRateCode<T>(code: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", `A tax rate with code '${code}' already exists.`, { param: "code", cause: error });
    throw error;
  }
}

// Charge model properties between the API's snake_case and the rating engine's camelCase shape
// (what PlanChargePrice and PriceOverride store), validated once for every door.
import { BillingError } from "../../billing/errors";
import type { ChargeDefinition, ChargeModel, RatedCharge } from "../../billing/pricing/types";
import { validateCharge } from "../../billing/pricing/validate-charge";
import { AppError, formatParam, type ErrorDetail } from "../../errors";
import { zodToAppError } from "../../http/zod-error";
import { modelPropertiesSchema, type ChargeModelName, type ModelPropertiesInput } from "../../schemas/charge-model";

/** Stored per currency: the engine's ChargeModel plus the spend bounds (the currency is the row's). */
export type StoredProperties = ChargeModel & { minimumSpend?: string; maximumSpend?: string };

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const camelCase = (name: string) => name.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** Renames keys recursively (tiers included) and drops undefined values. */
function renameKeys(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, rename));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [rename(key), renameKeys(item, rename)]),
  );
}

/** API properties (snake_case, already parsed) → stored engine shape. */
export const toStoredProperties = (model: ChargeModelName, properties: ModelPropertiesInput): StoredProperties =>
  ({ model, ...(renameKeys(properties, camelCase) as object) }) as StoredProperties;

/** Stored engine shape → API properties (snake_case, without `model`). */
export function toPropertiesDto(stored: unknown): Record<string, unknown> {
  const { model: _model, ...rest } = (stored ?? {}) as Record<string, unknown>;
  return renameKeys(rest, snakeCase) as Record<string, unknown>;
}

export const toChargeDefinition = (stored: StoredProperties, currency: string): ChargeDefinition => ({ ...stored, currency });

/** Engine issue path ("tiers.1.upTo") → request param under `prefix` ("charges[0].prices.EUR.tiers[1].up_to"). */
export function engineParam(prefix: readonly PropertyKey[], path: string): string {
  return formatParam([...prefix, ...path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : snakeCase(part)))]);
}

/** Engine rule violations of a definition, as request params under `prefix`. */
export const chargeIssues = (definition: ChargeDefinition, prefix: readonly PropertyKey[]): ErrorDetail[] =>
  validateCharge(definition)
    .filter((issue) => issue.path !== "currency")
    .map((issue) => ({ param: engineParam(prefix, issue.path), message: issue.message }));

/**
 * Parses raw properties for `model` (shape errors: 400 naming the field under `prefix`) and checks
 * the engine's rules (tiers, negative amounts, package size, min ≤ max) without throwing for them:
 * those come back as `issues` so a caller can report every currency and charge at once.
 */
export function parseModelProperties(
  model: ChargeModelName,
  currency: string,
  raw: unknown,
  prefix: readonly PropertyKey[],
): { stored: StoredProperties; issues: ErrorDetail[] } {
  const parsed = modelPropertiesSchema(model).safeParse(raw);
  if (!parsed.success) {
    const error = zodToAppError(parsed.error);
    const details = (error.details ?? []).map((detail) => ({ ...detail, param: formatParam(prefix) + (detail.param ? `.${detail.param}` : "") }));
    const first = details[0]!;
    throw new AppError("invalid_request", `${first.param}: ${first.message}`, { param: first.param, details });
  }
  const stored = toStoredProperties(model, parsed.data);
  return { stored, issues: chargeIssues(toChargeDefinition(stored, currency), prefix) };
}

/** One 422 carrying every rule violation; the first names `param`. */
export function throwIfIssues(issues: ErrorDetail[]): void {
  const [first] = issues;
  if (first) throw new AppError("unprocessable", first.message.includes(first.param) ? first.message : `${first.param}: ${first.message}`, { param: first.param, details: issues });
}

/** A rating engine error (invalid charge or input) → 422 naming the request field; anything else is rethrown. */
export function rethrowBillingError(error: unknown, paramOf: (enginePath: string) => string): never {
  if (!(error instanceof BillingError)) throw error;
  const issues = (error.details?.issues as { path: string; message: string }[] | undefined) ?? [];
  const details = issues.map((issue) => ({ param: paramOf(issue.path), message: issue.message }));
  throw new AppError("unprocessable", error.message, { param: details[0]?.param, details });
}

export const toBreakdownDto = (rated: RatedCharge) =>
  rated.breakdown.map((line) => ({ description: line.description, quantity: line.quantity, unit_price: line.unitPrice ?? null, amount: line.amount }));

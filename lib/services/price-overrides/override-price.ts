// Validates an override's price against its charge's model, as plan charges' prices are.
import type { PricingModel } from "../../db/generated/enums";
import type { ChargeModelName } from "../../schemas/charge-model";
import { parseModelProperties, throwIfIssues, type StoredProperties } from "../pricing/charge-properties";

export function overrideProperties(model: PricingModel, currency: string, price: Record<string, unknown>): StoredProperties {
  const { stored, issues } = parseModelProperties(model.toLowerCase() as ChargeModelName, currency, price, ["price"]);
  throwIfIssues(issues);
  return stored;
}

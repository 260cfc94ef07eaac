import "server-only";
import { findTaxRatesByIds, listCustomerTaxRates, replaceCustomerTaxRates } from "../../db/tax-rates";
import { AppError } from "../../errors";
import type { CustomerTaxRatesDto, SetCustomerTaxRatesInput } from "../../schemas/tax-rate";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { lockWritableCustomer } from "../customers/shared";
import { inTransaction } from "../transaction";
import { toTaxRateDto } from "./dto";

/** Replaces the rates charged to a customer (instead of the defaults of their country); [] goes back to the defaults. */
export async function setCustomerTaxRates(ctx: Ctx, customerId: string, input: SetCustomerTaxRatesInput): Promise<CustomerTaxRatesDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const customer = await lockWritableCustomer(tx, customerId);
    const ids = input.tax_rate_ids;
    const rates = new Map((await findTaxRatesByIds(tx, ids)).map((rate) => [rate.id, rate]));
    ids.forEach((id, index) => {
      const rate = rates.get(id);
      if (!rate) throw new AppError("not_found", `No tax rate with id '${id}'.`, { param: `tax_rate_ids.${index}` });
      if (rate.archivedAt) throw new AppError("unprocessable", `Tax rate ${rate.code} is archived.`, { param: `tax_rate_ids.${index}` });
    });
    // One invoice line is either net or gross of all its rates (lib/billing/tax.ts).
    if (new Set([...rates.values()].map((rate) => rate.inclusive)).size > 1) {
      throw new AppError("unprocessable", "Inclusive and exclusive tax rates cannot be combined.", { param: "tax_rate_ids" });
    }
    await replaceCustomerTaxRates(tx, customer.id, ids);
    await recordAudit(tx, ctx, {
      action: "customer.tax_rates_set",
      resourceType: "customer",
      resourceId: customer.id,
      details: { tax_rate_ids: ids },
    });
    return { object: "customer_tax_rates", customer_id: customer.id, tax_rates: (await listCustomerTaxRates(tx, customer.id)).map(toTaxRateDto) };
  });
}

"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { customerIdParamsSchema } from "@/lib/schemas/customer";
import { createTaxRateSchema, setCustomerTaxRatesSchema, taxRateIdParamsSchema, updateTaxRateSchema } from "@/lib/schemas/tax-rate";
import { archiveTaxRate } from "@/lib/services/tax-rates/archive-tax-rate";
import { createTaxRate } from "@/lib/services/tax-rates/create-tax-rate";
import { setCustomerTaxRates } from "@/lib/services/tax-rates/set-customer-tax-rates";
import { updateTaxRate } from "@/lib/services/tax-rates/update-tax-rate";

const TAX_RATES_PATH = "/catalog/tax-rates";

export async function createTaxRateAction(input: unknown) {
  const result = await runAdminAction(createTaxRateSchema, input, createTaxRate);
  if (result.ok) revalidatePath(TAX_RATES_PATH);
  return result;
}

const updateInput = taxRateIdParamsSchema.extend({ changes: updateTaxRateSchema });
export async function updateTaxRateAction(input: { taxRateId: string; changes: unknown }) {
  const result = await runAdminAction(updateInput, input, (ctx, { taxRateId, changes }) => updateTaxRate(ctx, taxRateId, changes));
  if (result.ok) revalidatePath(TAX_RATES_PATH, "layout");
  return result;
}

export async function archiveTaxRateAction(input: { taxRateId: string }) {
  const result = await runAdminAction(taxRateIdParamsSchema, input, (ctx, { taxRateId }) => archiveTaxRate(ctx, taxRateId));
  if (result.ok) revalidatePath(TAX_RATES_PATH, "layout");
  return result;
}

/** For the customer page's tax rate box (components/tax-rates/customer-tax-rates.tsx). */
const customerInput = customerIdParamsSchema.extend(setCustomerTaxRatesSchema.shape);
export async function setCustomerTaxRatesAction(input: { customerId: string; tax_rate_ids: string[] }) {
  const result = await runAdminAction(customerInput, input, (ctx, { customerId, tax_rate_ids }) => setCustomerTaxRates(ctx, customerId, { tax_rate_ids }));
  if (result.ok) revalidatePath(`/customers/${input.customerId}`);
  return result;
}

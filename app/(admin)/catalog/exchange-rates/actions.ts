"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { convertAmountFormSchema, createExchangeRateSchema, exchangeRateIdParamsSchema } from "@/lib/schemas/exchange-rate";
import { convertAmount } from "@/lib/services/catalog/convert-amount";
import { createExchangeRate } from "@/lib/services/catalog/create-exchange-rate";
import { deleteExchangeRate } from "@/lib/services/catalog/delete-exchange-rate";

const RATES_PATH = "/catalog/exchange-rates";

export async function createExchangeRateAction(input: unknown) {
  const result = await runAdminAction(createExchangeRateSchema, input, createExchangeRate);
  if (result.ok) revalidatePath(RATES_PATH);
  return result;
}

export async function deleteExchangeRateAction(exchangeRateId: string) {
  const result = await runAdminAction(exchangeRateIdParamsSchema, { exchangeRateId }, (ctx, input) => deleteExchangeRate(ctx, input.exchangeRateId));
  if (result.ok) revalidatePath(RATES_PATH);
  return result;
}

export async function convertAmountAction(input: unknown) {
  return runAdminAction(convertAmountFormSchema, input, convertAmount);
}

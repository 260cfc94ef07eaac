"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { createExchangeRateSchema, exchangeRateIdParamsSchema } from "@/lib/schemas/exchange-rate";
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

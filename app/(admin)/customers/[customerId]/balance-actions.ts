"use server";

import { revalidatePath } from "next/cache";
import { fromMajor } from "@/lib/billing/money";
import { runAdminAction } from "@/lib/actions/admin-action";
import { createBalanceAdjustmentSchema } from "@/lib/schemas/credit-note";
import { adjustCustomerBalance } from "@/lib/services/customer-balance/adjust-customer-balance";

/** The console's amount is in major units ("-12.50"); one not exact in the currency stays as typed for the schema to refuse. */
function toMinor(amount: string, currency: string): unknown {
  try {
    return Number(fromMajor(amount.trim(), currency).amountMinor);
  } catch {
    return amount;
  }
}

export async function adjustCustomerBalanceAction(customerId: string, input: { currency: string; amount: string; description: string }) {
  const body = { ...input, amount: toMinor(input.amount, input.currency) };
  const result = await runAdminAction(createBalanceAdjustmentSchema, body, (ctx, parsed) => adjustCustomerBalance(ctx, customerId, parsed));
  if (result.ok) revalidatePath(`/customers/${customerId}`);
  return result;
}

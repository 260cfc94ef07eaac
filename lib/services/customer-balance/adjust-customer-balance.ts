import "server-only";
import { findBalanceTransactionById } from "../../db/credit-notes";
import { balanceKey, customerBalances, insertBalanceTransactions } from "../../db/invoices";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { BalanceTransactionDto, CreateBalanceAdjustmentInput } from "../../schemas/credit-note";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { toBalanceTransactionDto } from "../credit-notes/dto";
import { lockWritableCustomer } from "../customers/shared";
import { inTransaction } from "../transaction";

/**
 * Grants credit (positive) or takes it back (negative, never below zero). The customer is locked,
 * as finalization does before spending the balance, so the two cannot race.
 */
export async function adjustCustomerBalance(ctx: Ctx, customerId: string, input: CreateBalanceAdjustmentInput): Promise<BalanceTransactionDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const customer = await lockWritableCustomer(tx, customerId);
    const amount = BigInt(input.amount);
    const balance = (await customerBalances(tx, [customer.id])).get(balanceKey(customer.id, input.currency)) ?? 0n;
    if (balance + amount < 0n) {
      throw new AppError("unprocessable", `amount would take the ${input.currency} balance below zero (it is ${balance} minor units).`, { param: "amount" });
    }
    const id = createId("balanceTransaction", ctx.now.getTime());
    await insertBalanceTransactions(tx, [{ id, customerId: customer.id, currency: input.currency, amountMinor: amount, type: "ADJUSTMENT", description: input.description, createdAt: ctx.now }]);
    await recordAudit(tx, ctx, {
      action: "customer.balance_adjustment",
      resourceType: "customer",
      resourceId: customer.id,
      details: { transaction_id: id, amount: amount.toString(), currency: input.currency, description: input.description },
    });
    return toBalanceTransactionDto((await findBalanceTransactionById(tx, id))!);
  });
}

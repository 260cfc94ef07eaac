import "server-only";
import { prisma } from "../../db/client";
import { balancesOfCustomer } from "../../db/credit-notes";
import { findCustomerById } from "../../db/customers";
import { notFound } from "../../errors";
import type { CustomerBalanceDto } from "../../schemas/credit-note";
import type { Ctx } from "../context";
import { minorNumber } from "../invoices/dto";

/** The customer's credit balance per currency (currencies whose balance is 0 are left out). */
export async function getCustomerBalance(_ctx: Ctx, customerId: string): Promise<CustomerBalanceDto> {
  const db = prisma();
  if (!(await findCustomerById(db, customerId))) throw notFound("customer", customerId);
  const balances = (await balancesOfCustomer(db, customerId)).filter((balance) => balance.amountMinor !== 0n);
  return { object: "customer_balance", customer_id: customerId, balances: balances.map((balance) => ({ currency: balance.currency, amount: minorNumber(balance.amountMinor) })) };
}

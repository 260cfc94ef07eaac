import "server-only";
import { prisma } from "../../db/client";
import { listBalanceTransactions as selectTransactions } from "../../db/credit-notes";
import { findCustomerById } from "../../db/customers";
import { notFound } from "../../errors";
import { toPage, type ListResponse } from "../../schemas/common";
import type { BalanceTransactionDto, ListBalanceTransactionsQuery } from "../../schemas/credit-note";
import type { Ctx } from "../context";
import { toBalanceTransactionDto } from "../credit-notes/dto";

/** The customer's balance ledger, newest first. */
export async function listBalanceTransactions(_ctx: Ctx, customerId: string, query: ListBalanceTransactionsQuery): Promise<ListResponse<BalanceTransactionDto>> {
  const db = prisma();
  if (!(await findCustomerById(db, customerId))) throw notFound("customer", customerId);
  const rows = await selectTransactions(db, { customerId, currency: query.currency, limit: query.limit + 1, startingAfter: query.starting_after });
  return toPage(rows, query.limit, (row) => row.id, toBalanceTransactionDto);
}

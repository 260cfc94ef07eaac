import "server-only";
import { effectiveCustomerSettings } from "../../customers/effective-settings";
import { lockCustomer } from "../../db/customers";
import { balanceKey, customerBalances, findBillingSettings, insertBalanceTransactions, lockInvoice, updateInvoiceFinalized } from "../../db/invoices";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { nextDocumentNumber } from "./document-number";
import { invoiceParties, settleInvoice } from "./settlement";

export type FinalizedInvoice = { id: string; number: string; status: "OPEN" | "PAID"; amountDueMinor: bigint; creditAppliedMinor: bigint };

/**
 * Finalizes a draft inside the caller's transaction, at `at` (the billing clock's time): assigns the
 * next number of the account's series, snapshots seller and buyer, sets the due date (the draft's
 * own, else from the payment terms: the subscription's, else the customer's), and settles the
 * customer's credit balance (lib/services/invoices/settlement.ts).
 */
export async function finalizeInvoiceInTx(tx: Db, ctx: Ctx, invoiceId: string, at: Date = ctx.now): Promise<FinalizedInvoice> {
  const invoice = await lockInvoice(tx, invoiceId);
  if (!invoice) throw new AppError("not_found", `No invoice with id '${invoiceId}'.`);
  if (invoice.status !== "DRAFT") {
    throw new AppError("invalid_state", `This invoice is ${invoice.status.toLowerCase()}; only a draft can be finalized.`);
  }
  const customer = await lockCustomer(tx, invoice.customerId);
  if (!customer) throw new Error(`Invoice ${invoice.id} references a missing customer.`);
  const settings = await findBillingSettings(tx);
  const effective = effectiveCustomerSettings(customer, customer.group);
  const balances = await customerBalances(tx, [customer.id]);
  const settlement = settleInvoice({
    totalMinor: invoice.totalMinor,
    balanceMinor: balances.get(balanceKey(customer.id, invoice.currency)) ?? 0n,
    at,
    termsDays: invoice.subscription?.paymentTermsDays ?? effective.paymentTermsDays,
  });
  if (settlement.balanceChange) {
    await insertBalanceTransactions(tx, [
      { id: createId("balanceTransaction", at.getTime()), customerId: customer.id, currency: invoice.currency, invoiceId: invoice.id, createdAt: at, ...settlement.balanceChange },
    ]);
  }
  const number = await nextDocumentNumber(tx, settings.invoiceNumberFormat, at, settings.defaultTimeZone);
  await updateInvoiceFinalized(tx, invoice.id, {
    status: settlement.status,
    number,
    parties: invoiceParties(settings, customer, effective),
    locale: effective.locale,
    creditAppliedMinor: settlement.creditAppliedMinor,
    amountDueMinor: settlement.amountDueMinor,
    finalizedAt: at,
    // A due date set on the draft by hand wins over the terms.
    dueAt: invoice.dueAt ?? settlement.dueAt,
    paidAt: settlement.paidAt,
  });
  await recordAudit(tx, ctx, {
    action: "invoice.finalize",
    resourceType: "invoice",
    resourceId: invoice.id,
    details: { number, total: invoice.totalMinor.toString(), amount_due: settlement.amountDueMinor.toString(), currency: invoice.currency },
  });
  return { id: invoice.id, number, status: settlement.status, amountDueMinor: settlement.amountDueMinor, creditAppliedMinor: settlement.creditAppliedMinor };
}

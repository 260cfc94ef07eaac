import "server-only";
import { effectiveCustomerSettings } from "../../customers/effective-settings";
import { lockCustomer, type AddressJson, type CustomerRow } from "../../db/customers";
import {
  customerBalance,
  findBillingSettings,
  insertBalanceTransaction,
  lockInvoice,
  updateInvoiceFinalized,
  type BillingSettingsRow,
} from "../../db/invoices";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { InvoiceParties, StoredAddress } from "../../invoices/stored-invoice";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { formatAccountNumber } from "../customers/dto";
import { inTransaction } from "../transaction";
import { nextDocumentNumber } from "./document-number";

const DAY_MS = 86_400_000;

function storedAddress(address: AddressJson | null): StoredAddress | null {
  if (!address) return null;
  const { postalCode, ...rest } = address;
  return { ...rest, ...(postalCode !== undefined ? { postal_code: postalCode } : {}) };
}

/** Seller and buyer as an invoice stores them (also what a draft's PDF previews). */
export function partiesOf(settings: BillingSettingsRow, customer: CustomerRow, taxExempt: boolean): InvoiceParties {
  return {
    seller: {
      name: settings.sellerName,
      email: settings.sellerEmail,
      address: storedAddress(settings.sellerAddress as AddressJson | null),
      tax_id: settings.sellerTaxId,
    },
    buyer: {
      name: customer.name,
      email: customer.email,
      address: storedAddress(customer.billingAddress as AddressJson | null),
      tax_id: customer.taxId,
      account_number: formatAccountNumber(customer.accountNumber),
      reverse_charge: customer.reverseCharge,
      tax_exempt: taxExempt,
    },
  };
}

export type FinalizedInvoice = { id: string; number: string; status: "OPEN" | "PAID"; amountDueMinor: bigint; creditAppliedMinor: bigint };

/**
 * Finalizes a draft inside the caller's transaction, at `at` (the billing clock's time): assigns the
 * next number of the account's series, snapshots seller and buyer, sets the due date from the
 * payment terms (the subscription's, else the customer's effective terms), and settles the
 * customer's credit balance: a positive total spends available credit, a negative total (a net
 * credit) is added to it. Nothing left to pay makes the invoice paid at once.
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

  const total = invoice.totalMinor;
  let creditApplied: bigint;
  if (total < 0n) {
    creditApplied = total;
    await insertBalanceTransaction(tx, {
      id: createId("balanceTransaction", at.getTime()),
      customerId: customer.id,
      currency: invoice.currency,
      amountMinor: -total,
      type: "ADJUSTMENT",
      invoiceId: invoice.id,
      description: "Net credit of the invoice",
      createdAt: at,
    });
  } else {
    const balance = await customerBalance(tx, customer.id, invoice.currency);
    creditApplied = balance > 0n ? (balance < total ? balance : total) : 0n;
    if (creditApplied > 0n) {
      await insertBalanceTransaction(tx, {
        id: createId("balanceTransaction", at.getTime()),
        customerId: customer.id,
        currency: invoice.currency,
        amountMinor: -creditApplied,
        type: "INVOICE_APPLIED",
        invoiceId: invoice.id,
        description: "Credit balance applied",
        createdAt: at,
      });
    }
  }
  const amountDue = total - creditApplied;
  const number = await nextDocumentNumber(tx, settings.invoiceNumberFormat, at, settings.defaultTimeZone);
  const termsDays = invoice.subscription?.paymentTermsDays ?? effective.paymentTermsDays;
  const status = amountDue === 0n ? "PAID" : "OPEN";
  await updateInvoiceFinalized(tx, invoice.id, {
    status,
    number,
    parties: partiesOf(settings, customer, effective.taxExempt),
    locale: effective.locale,
    creditAppliedMinor: creditApplied,
    amountDueMinor: amountDue,
    finalizedAt: at,
    dueAt: new Date(at.getTime() + termsDays * DAY_MS),
    paidAt: status === "PAID" ? at : null,
  });
  await recordAudit(tx, ctx, {
    action: "invoice.finalize",
    resourceType: "invoice",
    resourceId: invoice.id,
    details: { number, total: total.toString(), amount_due: amountDue.toString(), currency: invoice.currency },
  });
  return { id: invoice.id, number, status, amountDueMinor: amountDue, creditAppliedMinor: creditApplied };
}

/** Finalizes a draft now (the admin's "Finalize" and POST /invoices/{id}/finalize). */
export async function finalizeInvoice(ctx: Ctx, invoiceId: string): Promise<FinalizedInvoice> {
  assertCanWrite(ctx);
  return inTransaction((tx) => finalizeInvoiceInTx(tx, ctx, invoiceId));
}

// What finalizing an invoice decides, from figures already loaded: its number is taken elsewhere;
// here the credit balance, the amount due, the status and the due date, and the parties snapshot.
import type { CustomerSettings } from "../../customers/effective-settings";
import type { AddressJson, CustomerRow } from "../../db/customers";
import type { BalanceTransactionType } from "../../db/generated/enums";
import type { BillingSettingsRow } from "../../db/invoices";
import type { InvoiceParties, StoredAddress } from "../../invoices/stored-invoice";
import { formatAccountNumber } from "../customers/dto";

const DAY_MS = 86_400_000;

export type Settlement = {
  status: "OPEN" | "PAID";
  creditAppliedMinor: bigint;
  amountDueMinor: bigint;
  dueAt: Date;
  paidAt: Date | null;
  /** The change to the customer's balance, if any: spent credit (negative) or a net credit (positive). */
  balanceChange: { amountMinor: bigint; type: BalanceTransactionType; description: string } | null;
};

/**
 * A positive total spends available credit (up to the total); a negative total (a net credit, e.g.
 * a downgrade) goes to the balance. Nothing left to pay makes the invoice paid at once.
 */
export function settleInvoice({ totalMinor, balanceMinor, at, termsDays }: { totalMinor: bigint; balanceMinor: bigint; at: Date; termsDays: number }): Settlement {
  let creditApplied = 0n;
  let balanceChange: Settlement["balanceChange"] = null;
  if (totalMinor < 0n) {
    creditApplied = totalMinor;
    balanceChange = { amountMinor: -totalMinor, type: "ADJUSTMENT", description: "Net credit of the invoice" };
  } else if (balanceMinor > 0n && totalMinor > 0n) {
    creditApplied = balanceMinor < totalMinor ? balanceMinor : totalMinor;
    balanceChange = { amountMinor: -creditApplied, type: "INVOICE_APPLIED", description: "Credit balance applied" };
  }
  const amountDue = totalMinor - creditApplied;
  const paid = amountDue === 0n;
  return {
    status: paid ? "PAID" : "OPEN",
    creditAppliedMinor: creditApplied,
    amountDueMinor: amountDue,
    dueAt: new Date(at.getTime() + termsDays * DAY_MS),
    paidAt: paid ? at : null,
    balanceChange,
  };
}

function storedAddress(address: AddressJson | null): StoredAddress | null {
  if (!address) return null;
  const { postalCode, ...rest } = address;
  return { ...rest, ...(postalCode !== undefined ? { postal_code: postalCode } : {}) };
}

/** Seller and buyer as they are now, frozen into the invoice at finalization. */
export function invoiceParties(settings: BillingSettingsRow, customer: CustomerRow, effective: CustomerSettings): InvoiceParties {
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
      tax_exempt: effective.taxExempt,
    },
  };
}

// Credit note and balance transaction rows → API DTOs.
import type { BalanceTransactionRow, CreditNoteRow } from "../../db/credit-notes";
import { isoDate } from "../../schemas/common";
import type { BalanceTransactionDto, CreditNoteDto } from "../../schemas/credit-note";
import { minorNumber } from "../invoices/dto";

const lower = <T extends string>(value: string) => value.toLowerCase() as T;

export function toCreditNoteDto(row: CreditNoteRow): CreditNoteDto {
  return {
    object: "credit_note",
    id: row.id,
    number: row.number,
    invoice_id: row.invoiceId,
    invoice_number: row.invoice.number,
    customer_id: row.customerId,
    reason: lower(row.reason),
    memo: row.memo,
    settlement: lower(row.settlement),
    currency: row.currency,
    subtotal: minorNumber(row.subtotalMinor),
    tax: minorNumber(row.taxMinor),
    total: minorNumber(row.totalMinor),
    issued_at: isoDate(row.issuedAt),
    lines: row.lines.map((line) => ({
      id: line.id,
      invoice_line_id: line.invoiceLineId,
      description: line.description,
      amount: minorNumber(line.amountMinor),
      tax: minorNumber(line.taxMinor),
      total: minorNumber(line.totalMinor),
    })),
    created_at: isoDate(row.createdAt),
  };
}

export function toBalanceTransactionDto(row: BalanceTransactionRow): BalanceTransactionDto {
  return {
    object: "balance_transaction",
    id: row.id,
    customer_id: row.customerId,
    currency: row.currency,
    amount: minorNumber(row.amountMinor),
    type: lower(row.type),
    invoice_id: row.invoiceId,
    credit_note_id: row.creditNoteId,
    description: row.description,
    created_at: isoDate(row.createdAt),
  };
}

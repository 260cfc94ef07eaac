import "server-only";
import { creditLineTax, creditableMinor, settleCredit, type CreditableLine } from "../../billing/credit-notes";
import { sumMinor } from "../../billing/money";
import { creditedOnInvoice, insertCreditNote, type CreditNoteLineData } from "../../db/credit-notes";
import type { CreditNoteReason, CreditNoteSettlement } from "../../db/generated/enums";
import { findBillingSettings, insertBalanceTransactions } from "../../db/invoices";
import { insertPayment, lockInvoiceRecord, updateInvoiceFields, type InvoiceLineRecord, type InvoiceRecord } from "../../db/invoice-records";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { CreateCreditNoteInput, CreditNoteDto } from "../../schemas/credit-note";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { nextDocumentNumber } from "../invoices/document-number";
import { creditedOnLine } from "../invoices/dto";
import { inTransaction } from "../transaction";
import { toCreditNoteDto } from "./dto";

const unprocessable = (param: string, message: string) => new AppError("unprocessable", message, { param });

function creditableLine(line: InvoiceLineRecord): CreditableLine {
  const credited = creditedOnLine(line);
  return { netMinor: line.amountMinor - line.discountMinor, taxMinor: line.taxMinor, creditedMinor: credited.amountMinor, creditedTaxMinor: credited.taxMinor };
}

/** The lines asked for, or every line's remainder for a full credit note; amounts checked against what remains creditable. */
function requestedLines(invoice: InvoiceRecord, input: CreateCreditNoteInput): { line: InvoiceLineRecord; amountMinor: bigint }[] {
  if (input.lines === undefined) {
    const all = invoice.lines.map((line) => ({ line, amountMinor: creditableMinor(creditableLine(line)) })).filter((entry) => entry.amountMinor > 0n);
    if (all.length === 0) throw unprocessable("lines", "Nothing remains to be credited on this invoice.");
    return all;
  }
  return input.lines.map((requested, index) => {
    const line = invoice.lines.find((candidate) => candidate.id === requested.invoice_line_id);
    if (!line) throw unprocessable(`lines[${index}].invoice_line_id`, `The invoice has no line with id '${requested.invoice_line_id}'.`);
    const remaining = creditableMinor(creditableLine(line));
    const amountMinor = BigInt(requested.amount);
    if (amountMinor > remaining) {
      throw unprocessable(`lines[${index}].amount`, `amount (${amountMinor}) is more than what remains creditable on this line (${remaining} ${invoice.currency} minor units).`);
    }
    return { line, amountMinor };
  });
}

/**
 * Issues a credit note against an open or paid invoice, in full or per line. Each line's tax is its
 * share of the tax charged (creditLineTax); the total first lowers what is still unpaid, and the
 * rest goes back to the customer as credit balance or as a refund (settleCredit). Numbered from the
 * credit note series. Rules and rounding: docs/invoices.md.
 */
export async function createCreditNote(ctx: Ctx, input: CreateCreditNoteInput): Promise<CreditNoteDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const invoice = await lockInvoiceRecord(tx, input.invoice_id);
    if (!invoice) throw new AppError("not_found", `No invoice with id '${input.invoice_id}'.`, { param: "invoice_id" });
    if (invoice.status !== "OPEN" && invoice.status !== "PAID") {
      throw new AppError("invalid_state", `This invoice is ${invoice.status.toLowerCase()}; credit notes are issued against open or paid invoices only.`, { param: "invoice_id" });
    }
    const id = createId("creditNote", ctx.now.getTime());
    const lines: CreditNoteLineData[] = requestedLines(invoice, input).map(({ line, amountMinor }) => {
      const taxMinor = creditLineTax(creditableLine(line), amountMinor);
      return {
        id: createId("creditNoteLine", ctx.now.getTime()),
        invoiceLineId: line.id,
        description: line.description,
        amountMinor,
        taxMinor,
        totalMinor: amountMinor + (line.taxInclusive ? 0n : taxMinor),
      };
    });
    const totalMinor = sumMinor(lines.map((line) => line.totalMinor));
    const creditedBefore = await creditedOnInvoice(tx, invoice.id);
    if (creditedBefore + totalMinor > invoice.totalMinor) {
      throw unprocessable("lines", `The credit notes would total more than the invoice (${invoice.totalMinor} ${invoice.currency} minor units, ${creditedBefore} already credited).`);
    }
    const mode = input.settlement;
    const settlement = settleCredit({ totalMinor, amountDueMinor: invoice.amountDueMinor, amountPaidMinor: invoice.amountPaidMinor, mode });
    const settings = await findBillingSettings(tx);
    const number = await nextDocumentNumber(tx, settings.creditNoteNumberFormat, ctx.now, settings.defaultTimeZone);
    const creditNote = await insertCreditNote(
      tx,
      {
        id,
        number,
        invoiceId: invoice.id,
        customerId: invoice.customerId,
        reason: input.reason.toUpperCase() as CreditNoteReason,
        memo: input.memo || null,
        settlement: mode.toUpperCase() as CreditNoteSettlement,
        currency: invoice.currency,
        subtotalMinor: sumMinor(lines.map((line) => line.amountMinor)),
        taxMinor: sumMinor(lines.map((line) => line.taxMinor)),
        totalMinor,
        issuedAt: ctx.now,
      },
      lines,
    );

    const lowered = settlement.reducesDueMinor + settlement.refundMinor;
    const amountDueMinor = invoice.amountDueMinor - lowered;
    const amountPaidMinor = invoice.amountPaidMinor - settlement.refundMinor;
    const nowPaid = invoice.status === "OPEN" && amountPaidMinor === amountDueMinor;
    await updateInvoiceFields(tx, invoice.id, {
      creditAppliedMinor: invoice.creditAppliedMinor + lowered,
      amountDueMinor,
      amountPaidMinor,
      ...(nowPaid ? { status: "PAID", paidAt: ctx.now } : {}),
      updatedAt: ctx.now,
    });
    if (settlement.refundMinor > 0n) {
      await insertPayment(
        tx,
        {
          id: createId("payment", ctx.now.getTime()),
          invoiceId: invoice.id,
          customerId: invoice.customerId,
          currency: invoice.currency,
          amountMinor: -settlement.refundMinor,
          method: "refund",
          reference: number,
          receivedAt: ctx.now,
        },
        ctx.now,
      );
    }
    if (settlement.toBalanceMinor > 0n) {
      await insertBalanceTransactions(tx, [{
        id: createId("balanceTransaction", ctx.now.getTime()),
        customerId: invoice.customerId,
        currency: invoice.currency,
        amountMinor: settlement.toBalanceMinor,
        type: "CREDIT_NOTE",
        invoiceId: invoice.id,
        creditNoteId: id,
        description: `Credit note ${number}`,
        createdAt: ctx.now,
      }]);
    }
    await recordAudit(tx, ctx, {
      action: "invoice.credit_note",
      resourceType: "invoice",
      resourceId: invoice.id,
      details: {
        credit_note_id: id,
        number,
        total: totalMinor.toString(),
        reduces_due: settlement.reducesDueMinor.toString(),
        refund: settlement.refundMinor.toString(),
        to_balance: settlement.toBalanceMinor.toString(),
      },
    });
    return toCreditNoteDto(creditNote);
  });
}

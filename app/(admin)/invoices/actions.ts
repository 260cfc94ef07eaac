"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fromMajor } from "@/lib/billing/money";
import { runAdminAction, type ActionResult } from "@/lib/actions/admin-action";
import { createCreditNoteSchema } from "@/lib/schemas/credit-note";
import {
  createInvoiceSchema,
  duplicateInvoiceSchema,
  invoiceActionSchema,
  invoiceLineInputSchema,
  recordPaymentSchema,
  updateInvoiceLineSchema,
  voidInvoiceSchema,
} from "@/lib/schemas/invoice";
import { createCreditNote } from "@/lib/services/credit-notes/create-credit-note";
import { addInvoiceLine } from "@/lib/services/invoices/add-invoice-line";
import { createInvoice } from "@/lib/services/invoices/create-invoice";
import { deleteInvoice } from "@/lib/services/invoices/delete-invoice";
import { duplicateInvoice } from "@/lib/services/invoices/duplicate-invoice";
import { finalizeDraftInvoice } from "@/lib/services/invoices/finalize-draft-invoice";
import { markInvoiceUncollectible } from "@/lib/services/invoices/mark-invoice-uncollectible";
import { recordPayment } from "@/lib/services/invoices/record-payment";
import { removeInvoiceLine } from "@/lib/services/invoices/remove-invoice-line";
import { updateDraftInvoiceLine } from "@/lib/services/invoices/update-invoice-line";
import { voidInvoice } from "@/lib/services/invoices/void-invoice";

const INVOICES_PATH = "/invoices";

function revalidated<R extends { ok: boolean }>(result: R, invoiceId?: string): R {
  if (result.ok) {
    revalidatePath(INVOICES_PATH);
    if (invoiceId) revalidatePath(`${INVOICES_PATH}/${invoiceId}`);
  }
  return result;
}

/**
 * The console takes amounts in major units ("40.00"); the API in minor units. An amount that is
 * not exact in the currency stays as typed, so the shared schema refuses it next to the field.
 */
function toMinor(value: unknown, currency: string): unknown {
  if (typeof value !== "string" || value.trim() === "") return value;
  try {
    return Number(fromMajor(value.trim(), currency).amountMinor);
  } catch {
    return value;
  }
}

export async function createInvoiceAction(input: unknown) {
  return revalidated(await runAdminAction(createInvoiceSchema, input, createInvoice));
}

export async function finalizeInvoiceAction(invoiceId: string) {
  return revalidated(await runAdminAction(invoiceActionSchema, {}, (ctx) => finalizeDraftInvoice(ctx, invoiceId)), invoiceId);
}

export async function deleteInvoiceAction(invoiceId: string) {
  const result = revalidated(await runAdminAction(invoiceActionSchema, {}, (ctx) => deleteInvoice(ctx, invoiceId)));
  if (result.ok) redirect(INVOICES_PATH);
  return result;
}

export async function markUncollectibleAction(invoiceId: string) {
  return revalidated(await runAdminAction(invoiceActionSchema, {}, (ctx) => markInvoiceUncollectible(ctx, invoiceId)), invoiceId);
}

export async function voidInvoiceAction(invoiceId: string, input: unknown) {
  return revalidated(await runAdminAction(voidInvoiceSchema, input, (ctx, parsed) => voidInvoice(ctx, invoiceId, parsed)), invoiceId);
}

export async function duplicateInvoiceAction(invoiceId: string, input: unknown) {
  const result = revalidated(await runAdminAction(duplicateInvoiceSchema, input, (ctx, parsed) => duplicateInvoice(ctx, invoiceId, parsed)));
  if (result.ok) redirect(`${INVOICES_PATH}/${result.data.id}`);
  return result;
}

export async function recordPaymentAction(invoiceId: string, currency: string, input: { amount?: string; method?: string; reference?: string }) {
  const body = { ...input, amount: toMinor(input.amount, currency), reference: input.reference || undefined };
  return revalidated(await runAdminAction(recordPaymentSchema, body, (ctx, parsed) => recordPayment(ctx, invoiceId, parsed)), invoiceId);
}

export async function addInvoiceLineAction(invoiceId: string, input: unknown) {
  return revalidated(await runAdminAction(invoiceLineInputSchema, input, (ctx, line) => addInvoiceLine(ctx, invoiceId, line)), invoiceId);
}

export async function updateInvoiceLineAction(invoiceId: string, lineId: string, input: unknown) {
  return revalidated(await runAdminAction(updateInvoiceLineSchema, input, (ctx, line) => updateDraftInvoiceLine(ctx, invoiceId, lineId, line)), invoiceId);
}

export async function removeInvoiceLineAction(invoiceId: string, lineId: string) {
  return revalidated(await runAdminAction(invoiceActionSchema, {}, (ctx) => removeInvoiceLine(ctx, invoiceId, lineId)), invoiceId);
}

type CreditNoteForm = { reason: string; settlement: string; memo?: string; lines: { invoice_line_id: string; amount: string }[] };

/**
 * Lines left empty or at 0 are not credited. Errors about `lines[i]` are renamed
 * `lines.<invoice line id>`, so the form shows them next to the right line.
 */
export async function createCreditNoteAction(invoiceId: string, currency: string, input: CreditNoteForm): Promise<ActionResult<unknown>> {
  const lines = input.lines.filter((line) => line.amount.trim() !== "" && Number(line.amount) !== 0).map((line) => ({ ...line, amount: toMinor(line.amount, currency) }));
  const body = { invoice_id: invoiceId, reason: input.reason, settlement: input.settlement, memo: input.memo || undefined, lines };
  const result = revalidated(await runAdminAction(createCreditNoteSchema, body, createCreditNote), invoiceId);
  if (result.ok || !result.error.fieldErrors) return result;
  const fieldErrors = Object.fromEntries(
    Object.entries(result.error.fieldErrors).map(([param, message]) => [param.replace(/^lines\[(\d+)\]/, (_, index: string) => `lines.${lines[Number(index)]?.invoice_line_id}`), message]),
  );
  return { ok: false, error: { ...result.error, fieldErrors } };
}

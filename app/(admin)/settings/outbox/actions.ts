"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { sendInvoiceEmailActionSchema } from "@/lib/schemas/invoice-document";
import { sendInvoiceEmail } from "@/lib/services/invoice-documents/send-invoice-email";

/** Sends (or resends) an invoice by email; the invoice pages use it too. */
export async function sendInvoiceEmailAction(input: unknown) {
  const result = await runAdminAction(sendInvoiceEmailActionSchema, input, (ctx, { invoiceId, to }) => sendInvoiceEmail(ctx, invoiceId, { to }));
  if (result.ok) revalidatePath("/settings/outbox");
  return result;
}

import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { duplicateInvoiceSchema, invoiceIdParamsSchema } from "@/lib/schemas/invoice";
import { duplicateInvoice } from "@/lib/services/invoices/duplicate-invoice";

export const POST = withApiKey<{ invoiceId: string }>(async ({ ctx, params, bodyText }) => ({
  status: 201,
  body: await duplicateInvoice(ctx, parseParams(params, invoiceIdParamsSchema).invoiceId, parseJsonBody(bodyText, duplicateInvoiceSchema)),
}));

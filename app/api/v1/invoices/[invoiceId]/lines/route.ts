import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { invoiceIdParamsSchema, invoiceLineInputSchema } from "@/lib/schemas/invoice";
import { addInvoiceLine } from "@/lib/services/invoices/add-invoice-line";

export const POST = withApiKey<{ invoiceId: string }>(async ({ ctx, params, bodyText }) => ({
  status: 201,
  body: await addInvoiceLine(ctx, parseParams(params, invoiceIdParamsSchema).invoiceId, parseJsonBody(bodyText, invoiceLineInputSchema)),
}));

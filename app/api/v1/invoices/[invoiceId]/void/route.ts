import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { invoiceIdParamsSchema, voidInvoiceSchema } from "@/lib/schemas/invoice";
import { voidInvoice } from "@/lib/services/invoices/void-invoice";

export const POST = withApiKey<{ invoiceId: string }>(async ({ ctx, params, bodyText }) =>
  voidInvoice(ctx, parseParams(params, invoiceIdParamsSchema).invoiceId, parseJsonBody(bodyText, voidInvoiceSchema)),
);

import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { invoiceActionSchema, invoiceIdParamsSchema } from "@/lib/schemas/invoice";
import { markInvoiceUncollectible } from "@/lib/services/invoices/mark-invoice-uncollectible";

export const POST = withApiKey<{ invoiceId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, invoiceActionSchema);
  return markInvoiceUncollectible(ctx, parseParams(params, invoiceIdParamsSchema).invoiceId);
});

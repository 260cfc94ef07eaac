import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { invoiceActionSchema, invoiceIdParamsSchema } from "@/lib/schemas/invoice";
import { finalizeDraftInvoice } from "@/lib/services/invoices/finalize-draft-invoice";

export const POST = withApiKey<{ invoiceId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, invoiceActionSchema);
  return finalizeDraftInvoice(ctx, parseParams(params, invoiceIdParamsSchema).invoiceId);
});

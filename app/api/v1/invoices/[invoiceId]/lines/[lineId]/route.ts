import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { invoiceLineParamsSchema, updateInvoiceLineSchema } from "@/lib/schemas/invoice";
import { removeInvoiceLine } from "@/lib/services/invoices/remove-invoice-line";
import { updateDraftInvoiceLine } from "@/lib/services/invoices/update-invoice-line";

type Params = { invoiceId: string; lineId: string };

export const PATCH = withApiKey<Params>(async ({ ctx, params, bodyText }) => {
  const { invoiceId, lineId } = parseParams(params, invoiceLineParamsSchema);
  return updateDraftInvoiceLine(ctx, invoiceId, lineId, parseJsonBody(bodyText, updateInvoiceLineSchema));
});

export const DELETE = withApiKey<Params>(async ({ ctx, params }) => {
  const { invoiceId, lineId } = parseParams(params, invoiceLineParamsSchema);
  return removeInvoiceLine(ctx, invoiceId, lineId);
});

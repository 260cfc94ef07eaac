import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { invoiceIdParamsSchema, updateInvoiceSchema } from "@/lib/schemas/invoice";
import { deleteInvoice } from "@/lib/services/invoices/delete-invoice";
import { getInvoice } from "@/lib/services/invoices/get-invoice";
import { updateInvoice } from "@/lib/services/invoices/update-invoice";

type Params = { invoiceId: string };

export const GET = withApiKey<Params>(async ({ ctx, params }) => getInvoice(ctx, parseParams(params, invoiceIdParamsSchema).invoiceId));

export const PATCH = withApiKey<Params>(async ({ ctx, params, bodyText }) =>
  updateInvoice(ctx, parseParams(params, invoiceIdParamsSchema).invoiceId, parseJsonBody(bodyText, updateInvoiceSchema)),
);

export const DELETE = withApiKey<Params>(async ({ ctx, params }) => deleteInvoice(ctx, parseParams(params, invoiceIdParamsSchema).invoiceId));

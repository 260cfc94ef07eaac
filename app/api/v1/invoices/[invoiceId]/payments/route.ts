import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { invoiceIdParamsSchema, recordPaymentSchema } from "@/lib/schemas/invoice";
import { listInvoicePayments } from "@/lib/services/invoices/list-invoice-payments";
import { recordPayment } from "@/lib/services/invoices/record-payment";

type Params = { invoiceId: string };

export const GET = withApiKey<Params>(async ({ ctx, params }) => listInvoicePayments(ctx, parseParams(params, invoiceIdParamsSchema).invoiceId));

export const POST = withApiKey<Params>(async ({ ctx, params, bodyText }) => ({
  status: 201,
  body: await recordPayment(ctx, parseParams(params, invoiceIdParamsSchema).invoiceId, parseJsonBody(bodyText, recordPaymentSchema)),
}));

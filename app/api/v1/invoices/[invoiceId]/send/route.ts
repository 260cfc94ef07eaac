import { withApiKey } from "@/lib/http/json-route";
import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { invoiceDocumentParamsSchema, sendInvoiceEmailSchema } from "@/lib/schemas/invoice-document";
import { sendInvoiceEmail } from "@/lib/services/invoice-documents/send-invoice-email";

export const POST = withApiKey<{ invoiceId: string }>(async ({ ctx, params, bodyText }) =>
  sendInvoiceEmail(ctx, parseParams(params, invoiceDocumentParamsSchema).invoiceId, parseJsonBody(bodyText, sendInvoiceEmailSchema)),
);

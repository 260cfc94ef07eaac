import { withApiKey } from "@/lib/http/json-route";
import { parseParams } from "@/lib/http/parse";
import { pdfDownload } from "@/lib/http/pdf-download";
import { invoiceDocumentParamsSchema } from "@/lib/schemas/invoice-document";
import { renderInvoicePdf } from "@/lib/services/invoice-documents/render-invoice-pdf";

export const GET = withApiKey<{ invoiceId: string }>(async ({ ctx, params }) =>
  pdfDownload(await renderInvoicePdf(ctx, parseParams(params, invoiceDocumentParamsSchema).invoiceId)),
);

import { withAdmin } from "@/lib/http/json-route";
import { parseParams } from "@/lib/http/parse";
import { pdfDownload } from "@/lib/http/pdf-download";
import { invoiceDocumentParamsSchema } from "@/lib/schemas/invoice-document";
import { renderInvoicePdf } from "@/lib/services/invoice-documents/render-invoice-pdf";

/** The console's PDF (preview frame, "Download PDF", the outbox's attachment link): the signed-in admin session; shown inline. */
export const GET = withAdmin<{ invoiceId: string }>(async ({ ctx, params }) =>
  pdfDownload(await renderInvoicePdf(ctx, parseParams(params, invoiceDocumentParamsSchema).invoiceId), "inline"),
);

import { withAdmin } from "@/lib/http/json-route";
import { parseParams } from "@/lib/http/parse";
import { pdfDownload } from "@/lib/http/pdf-download";
import { creditNoteDocumentParamsSchema } from "@/lib/schemas/invoice-document";
import { renderCreditNotePdf } from "@/lib/services/invoice-documents/render-credit-note-pdf";

/** The console's credit note download (signed-in admin session). */
export const GET = withAdmin<{ creditNoteId: string }>(async ({ ctx, params }) =>
  pdfDownload(await renderCreditNotePdf(ctx, parseParams(params, creditNoteDocumentParamsSchema).creditNoteId), "inline"),
);

import { withApiKey } from "@/lib/http/json-route";
import { parseParams } from "@/lib/http/parse";
import { pdfDownload } from "@/lib/http/pdf-download";
import { creditNoteDocumentParamsSchema } from "@/lib/schemas/invoice-document";
import { renderCreditNotePdf } from "@/lib/services/invoice-documents/render-credit-note-pdf";

export const GET = withApiKey<{ creditNoteId: string }>(async ({ ctx, params }) =>
  pdfDownload(await renderCreditNotePdf(ctx, parseParams(params, creditNoteDocumentParamsSchema).creditNoteId)),
);

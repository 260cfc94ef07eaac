import type { ZodOpenApiPathsObject } from "zod-openapi";
import { creditNoteDocumentParamsSchema, emailMessageDtoSchema, invoiceDocumentParamsSchema, sendInvoiceEmailSchema } from "../../schemas/invoice-document";
import { error, json, operation } from "./operation";

const invoiceNotFound = error("No invoice with this id.");

const pdfContent = { "application/pdf": { schema: { type: "string" as const, format: "binary" } } };

export const invoiceDocumentPaths: ZodOpenApiPathsObject = {
  "/invoices/{invoiceId}/pdf": {
    get: operation({
      method: "get",
      operationId: "getInvoicePdf",
      tags: ["Invoices"],
      summary: "Download an invoice as PDF",
      description:
        "Rendered from the stored invoice (its amounts, tax summary, coupons, lines with their tier breakdown, and the seller and buyer as they were at finalization), in the invoice's locale and currency, on US Letter for North American locales and A4 elsewhere (docs/invoice-documents.md). A draft is marked DRAFT, shows the current customer and seller details, and is named `draft-<id>.pdf`; a finalized invoice is named after its number (`INV-2026-00001.pdf`).",
      requestParams: { path: invoiceDocumentParamsSchema },
      responses: {
        "200": {
          description: "The PDF, as an attachment (`Content-Disposition: attachment; filename=\"INV-2026-00001.pdf\"`).",
          content: pdfContent,
        },
        "404": invoiceNotFound,
      },
    }),
  },
  "/invoices/{invoiceId}/send": {
    post: operation({
      method: "post",
      operationId: "sendInvoice",
      tags: ["Invoices"],
      summary: "Email an invoice (or send it again)",
      description:
        "Mails the invoice PDF to `to`, else to the customer's email and its contacts that receive invoices. Each call sends and records a new message (a resend is the same call). With no SMTP server configured (`SMTP_URL` unset) the message is only recorded, with status `outbox`; a refusal by the SMTP server is recorded and returned with status `failed` and the server's `error`.",
      requestBody: { required: false, content: json(sendInvoiceEmailSchema) },
      requestParams: { path: invoiceDocumentParamsSchema },
      responses: {
        "200": { description: "The recorded message.", content: json(emailMessageDtoSchema) },
        "404": invoiceNotFound,
        "409": error("The invoice is a draft or void (`invalid_state`), or the Idempotency-Key was reused with another request."),
        "422": error("No recipient: the customer has no email and no contact that receives invoices, and no `to` was given (`param`: `to`)."),
      },
    }),
  },
  "/credit_notes/{creditNoteId}/pdf": {
    get: operation({
      method: "get",
      operationId: "getCreditNotePdf",
      tags: ["Invoices"],
      summary: "Download a credit note as PDF",
      description:
        "Rendered from the stored credit note (its lines, tax and total, reason and settlement) with the seller and buyer of the invoice it credits, in that invoice's locale; named after its number (`CN-2026-00001.pdf`).",
      requestParams: { path: creditNoteDocumentParamsSchema },
      responses: {
        "200": { description: "The PDF, as an attachment.", content: pdfContent },
        "404": error("No credit note with this id."),
      },
    }),
  },
};

import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createInvoiceSchema, listInvoicesQuerySchema } from "@/lib/schemas/invoice";
import { createInvoice } from "@/lib/services/invoices/create-invoice";
import { listInvoices } from "@/lib/services/invoices/list-invoices";

export const GET = withApiKey(async ({ ctx, url }) => listInvoices(ctx, parseQuery(url, listInvoicesQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createInvoice(ctx, parseJsonBody(bodyText, createInvoiceSchema)) }));

import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { invoiceIdParamsSchema } from "@/lib/schemas/invoice";
import { getInvoiceHistory } from "@/lib/services/invoices/get-invoice-history";

export const GET = withApiKey<{ invoiceId: string }>(async ({ ctx, params }) => getInvoiceHistory(ctx, parseParams(params, invoiceIdParamsSchema).invoiceId));

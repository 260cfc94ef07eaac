import { parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { convertAmountQuerySchema } from "@/lib/schemas/exchange-rate";
import { convertAmount } from "@/lib/services/catalog/convert-amount";

export const GET = withApiKey(async ({ ctx, url }) => convertAmount(ctx, parseQuery(url, convertAmountQuerySchema)));

import { parseQuery } from "@/lib/http/parse";
import { withAdmin } from "@/lib/http/json-route";
import { paginationQuerySchema } from "@/lib/schemas/common";
import { listApiKeys } from "@/lib/services/api-keys/list-api-keys";

export const GET = withAdmin(async ({ ctx, url }) => listApiKeys(ctx, parseQuery(url, paginationQuerySchema)));

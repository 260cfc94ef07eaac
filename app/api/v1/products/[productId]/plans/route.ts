import { parseParams, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { listProductPlansQuerySchema, productIdParamsSchema } from "@/lib/schemas/product";
import { listProductPlans } from "@/lib/services/catalog/list-product-plans";

export const GET = withApiKey<{ productId: string }>(async ({ ctx, params, url }) => {
  parseQuery(url, listProductPlansQuerySchema); // no filters; still refuses unknown ones
  return listProductPlans(ctx, parseParams(params, productIdParamsSchema).productId);
});

import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { archiveChangeSchema } from "@/lib/schemas/catalog";
import { productIdParamsSchema } from "@/lib/schemas/product";
import { setProductArchived } from "@/lib/services/catalog/set-product-archived";

export const POST = withApiKey<{ productId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, archiveChangeSchema); // no fields; still refuses unknown ones
  return setProductArchived(ctx, parseParams(params, productIdParamsSchema).productId, false);
});

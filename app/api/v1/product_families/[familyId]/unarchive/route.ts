import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { archiveChangeSchema } from "@/lib/schemas/catalog";
import { productFamilyIdParamsSchema } from "@/lib/schemas/product-family";
import { setProductFamilyArchived } from "@/lib/services/catalog/set-product-family-archived";

export const POST = withApiKey<{ familyId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, archiveChangeSchema); // no fields; still refuses unknown ones
  return setProductFamilyArchived(ctx, parseParams(params, productFamilyIdParamsSchema).familyId, false);
});

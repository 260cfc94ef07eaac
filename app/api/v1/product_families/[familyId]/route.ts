import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { productFamilyIdParamsSchema, updateProductFamilySchema } from "@/lib/schemas/product-family";
import { getProductFamily } from "@/lib/services/catalog/get-product-family";
import { updateProductFamily } from "@/lib/services/catalog/update-product-family";

export const GET = withApiKey<{ familyId: string }>(async ({ ctx, params }) => getProductFamily(ctx, parseParams(params, productFamilyIdParamsSchema).familyId));

export const PATCH = withApiKey<{ familyId: string }>(async ({ ctx, params, bodyText }) =>
  updateProductFamily(ctx, parseParams(params, productFamilyIdParamsSchema).familyId, parseJsonBody(bodyText, updateProductFamilySchema)),
);

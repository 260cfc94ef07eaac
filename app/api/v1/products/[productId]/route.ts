import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { productIdParamsSchema, updateProductSchema } from "@/lib/schemas/product";
import { getProduct } from "@/lib/services/catalog/get-product";
import { updateProduct } from "@/lib/services/catalog/update-product";

export const GET = withApiKey<{ productId: string }>(async ({ ctx, params }) => getProduct(ctx, parseParams(params, productIdParamsSchema).productId));

export const PATCH = withApiKey<{ productId: string }>(async ({ ctx, params, bodyText }) =>
  updateProduct(ctx, parseParams(params, productIdParamsSchema).productId, parseJsonBody(bodyText, updateProductSchema)),
);

import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createProductFamilySchema, listProductFamiliesQuerySchema } from "@/lib/schemas/product-family";
import { createProductFamily } from "@/lib/services/catalog/create-product-family";
import { listProductFamilies } from "@/lib/services/catalog/list-product-families";

export const GET = withApiKey(async ({ ctx, url }) => listProductFamilies(ctx, parseQuery(url, listProductFamiliesQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createProductFamily(ctx, parseJsonBody(bodyText, createProductFamilySchema)) }));

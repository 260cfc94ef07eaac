import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createProductSchema, listProductsQuerySchema } from "@/lib/schemas/product";
import { createProduct } from "@/lib/services/catalog/create-product";
import { listProducts } from "@/lib/services/catalog/list-products";

export const GET = withApiKey(async ({ ctx, url }) => listProducts(ctx, parseQuery(url, listProductsQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createProduct(ctx, parseJsonBody(bodyText, createProductSchema)) }));

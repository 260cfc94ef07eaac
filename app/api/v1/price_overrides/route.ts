import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createPriceOverrideSchema, listPriceOverridesQuerySchema } from "@/lib/schemas/price-override";
import { createPriceOverride } from "@/lib/services/price-overrides/create-price-override";
import { listPriceOverrides } from "@/lib/services/price-overrides/list-price-overrides";

export const GET = withApiKey(async ({ ctx, url }) => listPriceOverrides(ctx, parseQuery(url, listPriceOverridesQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createPriceOverride(ctx, parseJsonBody(bodyText, createPriceOverrideSchema)) }));

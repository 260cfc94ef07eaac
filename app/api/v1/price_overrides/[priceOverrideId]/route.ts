import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { priceOverrideIdParamsSchema, updatePriceOverrideSchema } from "@/lib/schemas/price-override";
import { deletePriceOverride } from "@/lib/services/price-overrides/delete-price-override";
import { getPriceOverride } from "@/lib/services/price-overrides/get-price-override";
import { updatePriceOverride } from "@/lib/services/price-overrides/update-price-override";

type Params = { priceOverrideId: string };
const overrideId = (params: Params) => parseParams(params, priceOverrideIdParamsSchema).priceOverrideId;

export const GET = withApiKey<Params>(async ({ ctx, params }) => getPriceOverride(ctx, overrideId(params)));

export const PATCH = withApiKey<Params>(async ({ ctx, params, bodyText }) => updatePriceOverride(ctx, overrideId(params), parseJsonBody(bodyText, updatePriceOverrideSchema)));

export const DELETE = withApiKey<Params>(async ({ ctx, params }) => deletePriceOverride(ctx, overrideId(params)));

import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createFeatureSchema, listFeaturesQuerySchema } from "@/lib/schemas/feature";
import { createFeature } from "@/lib/services/catalog/create-feature";
import { listFeatures } from "@/lib/services/catalog/list-features";

export const GET = withApiKey(async ({ ctx, url }) => listFeatures(ctx, parseQuery(url, listFeaturesQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createFeature(ctx, parseJsonBody(bodyText, createFeatureSchema)) }));

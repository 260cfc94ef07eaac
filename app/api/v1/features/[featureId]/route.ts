import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { featureIdParamsSchema, updateFeatureSchema } from "@/lib/schemas/feature";
import { getFeature } from "@/lib/services/catalog/get-feature";
import { updateFeature } from "@/lib/services/catalog/update-feature";

export const GET = withApiKey<{ featureId: string }>(async ({ ctx, params }) => getFeature(ctx, parseParams(params, featureIdParamsSchema).featureId));

export const PATCH = withApiKey<{ featureId: string }>(async ({ ctx, params, bodyText }) =>
  updateFeature(ctx, parseParams(params, featureIdParamsSchema).featureId, parseJsonBody(bodyText, updateFeatureSchema)),
);

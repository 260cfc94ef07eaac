import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { archiveChangeSchema } from "@/lib/schemas/catalog";
import { featureIdParamsSchema } from "@/lib/schemas/feature";
import { setFeatureArchived } from "@/lib/services/catalog/set-feature-archived";

export const POST = withApiKey<{ featureId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, archiveChangeSchema); // no fields; still refuses unknown ones
  return setFeatureArchived(ctx, parseParams(params, featureIdParamsSchema).featureId, true);
});

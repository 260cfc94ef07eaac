import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { archiveChangeSchema } from "@/lib/schemas/catalog";
import { unitIdParamsSchema } from "@/lib/schemas/unit";
import { setUnitArchived } from "@/lib/services/catalog/set-unit-archived";

export const POST = withApiKey<{ unitId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, archiveChangeSchema); // no fields; still refuses unknown ones
  return setUnitArchived(ctx, parseParams(params, unitIdParamsSchema).unitId, false);
});

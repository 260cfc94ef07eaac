import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { archiveChangeSchema } from "@/lib/schemas/catalog";
import { meterIdParamsSchema } from "@/lib/schemas/meter";
import { setMeterArchived } from "@/lib/services/meters/set-meter-archived";

export const POST = withApiKey<{ meterId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, archiveChangeSchema); // no fields; still refuses unknown ones
  return setMeterArchived(ctx, parseParams(params, meterIdParamsSchema).meterId, false);
});

import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { meterIdParamsSchema, updateMeterSchema } from "@/lib/schemas/meter";
import { getMeter } from "@/lib/services/meters/get-meter";
import { updateMeter } from "@/lib/services/meters/update-meter";

export const GET = withApiKey<{ meterId: string }>(async ({ ctx, params }) => getMeter(ctx, parseParams(params, meterIdParamsSchema).meterId));

export const PATCH = withApiKey<{ meterId: string }>(async ({ ctx, params, bodyText }) =>
  updateMeter(ctx, parseParams(params, meterIdParamsSchema).meterId, parseJsonBody(bodyText, updateMeterSchema)),
);
